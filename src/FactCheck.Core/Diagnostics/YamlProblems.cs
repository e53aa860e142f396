using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Diagnostics;

/// <summary>
/// Loads YAML and turns every failure into a located message. YamlDotNet reports most syntax errors
/// as <see cref="YamlException"/> with a position, but some (an unclosed flow list) as
/// <see cref="InvalidOperationException"/> without one: those are located by replaying the parser
/// up to the last event it could read.
/// </summary>
public static class YamlProblems
{
    /// <summary>Loads a stream; on failure returns false with a 1-based line and column and a message.</summary>
    public static bool TryLoad(string text, out YamlStream stream, out (int Line, int Column, string Message) problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        stream = new YamlStream();
        problem = default;
        try
        {
            if (TooDeep(text) is { } deep)
            {
                problem = (deep.Line, deep.Column, $"nested more than {MaxDepth} levels deep: no FactCheck file needs that");
                return false;
            }

            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 1)
            {
                // a second document after '---' would be read by nobody: say so rather than drop it
                var second = stream.Documents[1].RootNode.Start;
                problem = ((int)second.Line, (int)second.Column, "a second YAML document is not read: one document a file (remove the '---' line or split the file)");
                return false;
            }

            return true;
        }
        catch (YamlException e)
        {
            problem = ((int)e.Start.Line, (int)e.Start.Column, e.InnerException?.Message ?? e.Message);
        }
        catch (InvalidOperationException)
        {
            var (line, column) = LastGoodPosition(text);
            problem = (line, column, "the YAML cannot be read from here on (an unclosed [ or { perhaps)");
        }

        return false;
    }

    /// <summary>How deep lists and mappings may nest; the loader recurses, and 70,000 '[' would overflow the stack.</summary>
    public const int MaxDepth = 64;

    // The event parser keeps its own stack, so counting depth over its events is safe at any depth.
    private static (int Line, int Column)? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // a syntax error: the loader locates it
        }

        return null;
    }

    private static (int Line, int Column) LastGoodPosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = (1, 1);
        try
        {
            while (parser.MoveNext())
            {
                last = ((int)parser.Current!.End.Line, (int)parser.Current.End.Column);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // stop at the first event that cannot be read
        }

        return last;
    }
}

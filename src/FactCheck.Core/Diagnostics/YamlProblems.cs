using YamlDotNet.Core;
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
            stream.Load(new StringReader(text));
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

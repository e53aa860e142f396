using System.Globalization;
using FactCheck.Diagnostics;
using FactCheck.Text;
using FactCheck.Values.Dates;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCheck.Articles;

/// <summary>
/// Reads an article from bytes: strict UTF-8, optional YAML front matter between <c>---</c> lines,
/// validated key by key. An error names the file, line and column and what was expected.
/// </summary>
public static class ArticleReader
{
    public const string BadFrontMatterCode = "FC101";
    public const string UnknownKeyCode = "FC102";
    public const string BadValueCode = "FC103";

    // Validators are immutable once built and cost more to build than to run.
    private static readonly FrontMatterValidator Validator = new();

    public static Article Read(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Old Mac line endings: a lone CR ends a line too. One character for one keeps every span.
        var text = LoneCarriageReturns.ToLineFeeds(StrictUtf8.Decode(bytes, path));
        if (!StartsWithFence(text, 0, out var afterOpening))
        {
            return new Article(path, text, 0, MetadataFromText.Read(text));
        }

        var closing = FindClosingFence(text, afterOpening, out var bodyStart);
        if (closing < 0)
        {
            throw new FactCheckException(BadFrontMatterCode, new SourceLocation(path, 1, 1),
                "front matter opened with '---' is never closed: add a line '---' after the last key");
        }

        var fields = SimpleFrontMatter.TryRead(text.AsSpan(afterOpening, closing - afterOpening)) ?? Parse(path, text[afterOpening..closing]);
        var metadata = Validate(path, fields);
        var title = metadata.Title is { } heading && fields.Fields.TryGetValue("title", out var at)
            ? FrontMatterTitle.Locate(text, at.Line, at.Column, heading)
            : null;
        return new Article(path, text, bodyStart, metadata, title);
    }

    /// <summary>
    /// Reads the front matter from YamlDotNet's event stream: an article's few keys do not need a
    /// document model, and this runs once per article. Errors are located as YamlProblems does.
    /// </summary>
    internal static FrontMatterFields Parse(string path, string yaml)
    {
        var fields = new FrontMatterFields();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return fields;
            }

            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<MappingStart>(out _))
            {
                var start = parser.Current!.Start;
                throw new FactCheckException(BadFrontMatterCode, new SourceLocation(path, (int)start.Line + 1, (int)start.Column),
                    "front matter must be key: value lines (source, published, url, title, tags)");
            }

            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                var (line, column) = ((int)key.Start.Line + 1, (int)key.Start.Column);
                if (!FrontMatterFields.Known.Contains(key.Value))
                {
                    throw new FactCheckException(UnknownKeyCode, new SourceLocation(path, line, column),
                        $"unknown front matter key '{key.Value}': {Suggestions.OneOf(FrontMatterFields.Known)}{Suggestions.DidYouMean(key.Value, FrontMatterFields.Known)}");
                }

                if (fields.Fields.TryGetValue(key.Value, out var earlier))
                {
                    // last-wins would silently pick one of two sources or dates
                    throw new FactCheckException(BadFrontMatterCode, new SourceLocation(path, line, column),
                        $"'{key.Value}' is given twice (first on line {earlier.Line}): keep one");
                }

                var at = parser.Current!.Start;
                var (valueLine, valueColumn) = ((int)at.Line + 1, (int)at.Column);
                if (parser.TryConsume<Scalar>(out var scalar))
                {
                    fields.Fields[key.Value] = (scalar.Value, null, valueLine, valueColumn);
                }
                else if (parser.TryConsume<SequenceStart>(out _))
                {
                    var items = new List<string>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(parser.TryConsume<Scalar>(out var item) ? item.Value
                            : throw new FactCheckException(BadValueCode, new SourceLocation(path, valueLine, valueColumn), $"'{key.Value}' must be a list of words"));
                    }

                    fields.Fields[key.Value] = (null, items, valueLine, valueColumn);
                }
                else
                {
                    throw new FactCheckException(BadValueCode, new SourceLocation(path, valueLine, valueColumn),
                        $"'{key.Value}' must be a single value{(key.Value == "tags" ? " or a list of words" : string.Empty)}");
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // +1: the opening fence is line 1. Some YamlDotNet errors carry no position: replay to find it.
            var (line, column, message) = e is YamlException ye
                ? ((int)ye.Start.Line, (int)ye.Start.Column, ye.InnerException?.Message ?? ye.Message)
                : YamlProblems.TryLoad(yaml, out _, out var problem) ? (1, 1, e.Message) : problem;
            throw new FactCheckException(BadFrontMatterCode, new SourceLocation(path, line + 1, column),
                $"front matter is not valid YAML: {message}");
        }

        return fields;
    }

    private static ArticleMetadata Validate(string path, FrontMatterFields fields)
    {
        var result = Validator.Validate(fields);
        if (!result.IsValid)
        {
            var failure = result.Errors[0];
            var (_, _, line, column) = fields.Fields[failure.PropertyName];
            throw new FactCheckException(BadValueCode, new SourceLocation(path, line, column), failure.ErrorMessage);
        }

        string? Scalar(string key) => fields.Fields.TryGetValue(key, out var f) ? f.Value : null;
        DateOnly? published = null;
        DateTimeOffset? publishedAt = null;
        if (Scalar("published") is { } p)
        {
            PublicationDate.TryParse(p, out var day, out _);
            published = day;
            if (p.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
            {
                publishedAt = stamp;
            }
        }

        var tags = fields.Fields.TryGetValue("tags", out var t) ? t.List ?? (t.Value is null ? [] : [t.Value]) : [];
        return new ArticleMetadata(Scalar("source"), published, publishedAt, Scalar("url"), Scalar("title"), tags) { Via = Scalar("via") };
    }

    private static bool StartsWithFence(string text, int at, out int afterFence)
    {
        afterFence = 0;
        var line = LineAt(text, at, out var next);
        if (line.TrimEnd().SequenceEqual("---"))
        {
            afterFence = next;
            return true;
        }

        return false;
    }

    private static int FindClosingFence(string text, int from, out int bodyStart)
    {
        var at = from;
        while (at < text.Length)
        {
            var line = LineAt(text, at, out var next);
            if (line.TrimEnd().SequenceEqual("---"))
            {
                bodyStart = next;
                return at;
            }

            at = next;
        }

        bodyStart = -1;
        return -1;
    }

    private static ReadOnlySpan<char> LineAt(string text, int at, out int next)
    {
        var end = text.IndexOf('\n', at);
        next = end < 0 ? text.Length : end + 1;
        return text.AsSpan(at, (end < 0 ? text.Length : end) - at);
    }
}

namespace FactCheck.Articles;

/// <summary>
/// Reads the front matter almost every article has — one <c>key: value</c> a line, values plain,
/// quoted without escapes, or a flow list of plain words — without a YAML parser, which costs more
/// than the rest of reading an article. Anything else (comments, escapes, block lists, unknown
/// keys, errors) is left to YamlDotNet, so both ways give the same fields, lines and columns.
/// </summary>
internal static class SimpleFrontMatter
{
    /// <returns>The fields, or null when the text is not of the simple kind.</returns>
    public static FrontMatterFields? TryRead(ReadOnlySpan<char> yaml)
    {
        var fields = new FrontMatterFields();
        var line = 1; // the opening fence is line 1
        while (!yaml.IsEmpty)
        {
            line++;
            var end = yaml.IndexOf('\n');
            var text = end < 0 ? yaml : yaml[..end];
            yaml = end < 0 ? [] : yaml[(end + 1)..];
            if (text.EndsWith('\r'))
            {
                text = text[..^1];
            }

            // YAML breaks lines at \r, U+0085, U+2028 and U+2029 too, and ends at NUL: such lines, and
            // any other control character, are YamlDotNet's to read.
            if (text.ContainsAnyInRange('\0', '\u001F') || text.ContainsAny('\u0085', '\u2028', '\u2029')
                || !TryReadLine(text, line, fields))
            {
                return null;
            }
        }

        return fields;
    }

    private static bool TryReadLine(ReadOnlySpan<char> text, int line, FrontMatterFields fields)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || !IsKey(text[..colon]) || colon + 1 >= text.Length || text[colon + 1] != ' ')
        {
            return false;
        }

        var key = KnownKey(text[..colon]);
        if (key is not null && fields.Fields.ContainsKey(key))
        {
            return false; // a key given twice is an error, which YamlDotNet's path locates
        }

        var valueStart = colon + 1;
        while (valueStart < text.Length && text[valueStart] == ' ')
        {
            valueStart++;
        }

        var raw = text[valueStart..].TrimEnd(' ');
        if (key is null || raw.IsEmpty)
        {
            return false;
        }

        var column = valueStart + 1;
        if (raw[0] == '[')
        {
            var items = FlowList(raw);
            if (items is null)
            {
                return false;
            }

            fields.Fields[key] = (null, items, line, column);
            return true;
        }

        var value = Scalar(raw);
        if (value is null)
        {
            return false;
        }

        fields.Fields[key] = (value, null, line, column);
        return true;
    }

    private static string? Scalar(ReadOnlySpan<char> raw)
    {
        if (raw[0] is '"' or '\'')
        {
            var quote = raw[0];
            if (raw.Length < 2 || raw[^1] != quote)
            {
                return null;
            }

            var inner = raw[1..^1];
            return inner.Contains(quote) || inner.Contains('\\') ? null : inner.ToString();
        }

        return IsPlain(raw) ? raw.ToString() : null;
    }

    // [a, b, c] with plain words only.
    private static List<string>? FlowList(ReadOnlySpan<char> raw)
    {
        if (raw[^1] != ']')
        {
            return null;
        }

        var items = new List<string>();
        var inner = raw[1..^1];
        if (inner.Trim(' ').IsEmpty)
        {
            return items;
        }

        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim(' ');
            if (item.IsEmpty || !IsPlain(item) || item.ContainsAny("[]{}"))
            {
                return null;
            }

            items.Add(item.ToString());
        }

        return items;
    }

    // A YAML plain scalar that reads the same in any parser: no indicator first, no ': ' or ' #' inside.
    private static bool IsPlain(ReadOnlySpan<char> value) =>
        !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0])
        && !value.EndsWith(':')
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal);

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (c is not ((>= 'a' and <= 'z') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? KnownKey(ReadOnlySpan<char> key)
    {
        foreach (var known in FrontMatterFields.Known)
        {
            if (key.SequenceEqual(known))
            {
                return known;
            }
        }

        return null;
    }
}

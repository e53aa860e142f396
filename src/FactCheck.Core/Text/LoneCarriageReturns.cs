namespace FactCheck.Text;

/// <summary>
/// Old Mac files end lines with a lone CR. Read as one line, their front matter would become body
/// text; replaced one for one with LF, every line is seen and every span stays where it was.
/// </summary>
internal static class LoneCarriageReturns
{
    public static string ToLineFeeds(string text)
    {
        var first = text.IndexOf('\r', StringComparison.Ordinal);
        if (first < 0 || !HasLone(text, first))
        {
            return text; // the common case: no CR, or only CRLF
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan().CopyTo(span);
            for (var i = from; i < span.Length; i++)
            {
                if (span[i] == '\r' && (i + 1 == span.Length || span[i + 1] != '\n'))
                {
                    span[i] = '\n';
                }
            }
        });
    }

    private static bool HasLone(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                return true;
            }
        }

        return false;
    }
}

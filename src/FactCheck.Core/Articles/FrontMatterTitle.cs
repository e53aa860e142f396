using FactCheck.Text;

namespace FactCheck.Articles;

/// <summary>
/// Where a front-matter title stands in the file. A headline carries figures as the body does
/// («دو همیار طبیعت جان باختند»), and its claims point at the title's own line and column.
/// </summary>
internal static class FrontMatterTitle
{
    /// <param name="line">The value's 1-based line in the file.</param>
    /// <param name="column">The value's 1-based column: its opening quote when quoted.</param>
    /// <returns>
    /// The span of the title's characters, or null when the file does not hold them verbatim (a
    /// title with escapes or folded over lines): such a title is reported as not read, never misplaced.
    /// </returns>
    public static TextSpan? Locate(string text, int line, int column, string title)
    {
        var at = 0;
        for (var l = 1; l < line; l++)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0)
            {
                return null;
            }

            at = end + 1;
        }

        at += column - 1;
        if (at >= text.Length || title.Length == 0)
        {
            return null;
        }

        var quote = text[at] is '"' or '\'' ? text[at] : '\0';
        var start = quote == '\0' ? at : at + 1;
        var fits = start + title.Length <= text.Length && text.AsSpan(start, title.Length).SequenceEqual(title)
            && (quote == '\0' || (start + title.Length < text.Length && text[start + title.Length] == quote));
        return fits ? new TextSpan(start, start + title.Length) : null;
    }
}

using System.Text;

namespace FactCheck.Reporting.Escaping;

/// <summary>
/// Text from input placed in GitHub-flavoured Markdown (a pull-request comment): terminal-safe first
/// (<see cref="TerminalText"/>: no control character, no newline, so a table row stays one row), then
/// every character Markdown reads as syntax escaped with a backslash (<c>\ ` * _ [ ] &lt; &gt; &amp; | ~</c>:
/// no HTML, no link or image, no emphasis, no cell break), and what GitHub links by itself broken with
/// a zero-width space (<c>@everyone</c>, <c>https://</c>, <c>www.</c>), which reads the same but links nothing.
/// </summary>
internal static class MarkdownText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Text in a table cell or a list item.</summary>
    public static string Inline(string? text)
    {
        var safe = TerminalText.Field(text);
        var b = new StringBuilder(safe.Length + 8);
        for (var i = 0; i < safe.Length; i++)
        {
            var c = safe[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~')
            {
                b.Append('\\').Append(c);
            }
            else if (c == '@' || (c == ':' && At(safe, i + 1, "//")) || (c == 'w' && At(safe, i, "www.")))
            {
                b.Append(c).Append(ZeroWidthSpace);
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Text as a code span (a file name): the fence is one backtick longer than any run inside, so
    /// nothing can close it early; inside a code span nothing else is syntax but a table's <c>|</c>.
    /// </summary>
    public static string Code(string? text)
    {
        var safe = TerminalText.Field(text).Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in safe)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        // A span that starts or ends with a backtick is padded; Markdown strips one space each side.
        var pad = safe.StartsWith('`') || safe.EndsWith('`') || (safe.Length > 1 && safe[0] == ' ' && safe[^1] == ' ') ? " " : string.Empty;
        return $"{fence}{pad}{safe}{pad}{fence}";
    }

    private static bool At(string text, int index, string what) =>
        index + what.Length <= text.Length && string.CompareOrdinal(text, index, what, 0, what.Length) == 0;
}

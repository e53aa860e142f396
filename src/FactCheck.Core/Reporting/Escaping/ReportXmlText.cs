using System.Globalization;
using System.Text;

namespace FactCheck.Reporting.Escaping;

/// <summary>
/// Text from input made fit for an XML 1.0 test report, which CI systems show in a web page or a log.
/// XML 1.0 cannot hold most C0 controls, U+FFFE, U+FFFF or a lone surrogate at all (not even as a
/// character reference), so they are shown as <c>\uXXXX</c>, as are C1 controls and the bidi
/// embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which would reverse what follows
/// them on the page. A one-line field (a name, an attribute) shows tab, CR, LF and the line
/// separators that way too; a body keeps its tabs and line breaks. Persian letters, joiners and the
/// directional marks pass; the XML writer escapes markup (<c>&amp; &lt; "</c>).
/// </summary>
internal static class ReportXmlText
{
    public static string Line(string? text) => Escape(text, multiline: false);

    public static string Body(string? text) => Escape(text, multiline: true);

    private static string Escape(string? text, bool multiline)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (NeedsEscape(c, multiline))
            {
                b ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                b?.Append(c);
            }
        }

        return b?.ToString() ?? text; // the usual case: no copy
    }

    private static bool NeedsEscape(char c, bool multiline) =>
        (c < ' ' && !(multiline && c is '\t' or '\n' or '\r'))
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || (!multiline && c is '\u2028' or '\u2029')
        || c is '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c); // reached only when unpaired
}

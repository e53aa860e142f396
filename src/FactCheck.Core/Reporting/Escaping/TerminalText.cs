using System.Globalization;
using System.Text;

namespace FactCheck.Reporting.Escaping;

/// <summary>
/// Text from input (article text, file names, front matter, baseline and rule fields) made safe for
/// a terminal or a CI log, one field at a time. Every control character (C0 with tab and newline,
/// DEL, C1), every bidi embedding, override and isolate (U+202A–202E, U+2066–2069), the line and
/// paragraph separators and lone surrogates are shown as <c>\uXXXX</c>: a field stays on its line,
/// cannot colour or move the cursor, and an unterminated U+202E cannot reverse what follows. Persian
/// letters, joiners and the directional marks (U+200E, U+200F) pass: the text is Persian and its
/// direction comes from its letters. <c>::</c> and <c>##[</c> are broken up so that no field can be
/// read as a GitHub workflow command, which the runner takes from any line that starts with <c>::</c>
/// (after spaces) or holds <c>##[</c> anywhere.
/// </summary>
public static class TerminalText
{
    public static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var i = FirstUnsafe(text);
        if (i < 0)
        {
            return text; // the usual case: no copy
        }

        var b = new StringBuilder(text.Length + 16);
        b.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else if (c == ':' && i + 1 < text.Length && text[i + 1] == ':')
            {
                b.Append(":\\u003A");
                i++;
            }
            else if (c == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#')
            {
                b.Append("\\u005B");
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>Whether a character is shown escaped wherever it stands.</summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c is '\u2028' or '\u2029'
        || char.IsSurrogate(c); // reached only when unpaired

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(c) || (c == ':' && i + 1 < text.Length && text[i + 1] == ':') || (c == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#'))
            {
                return i;
            }
        }

        return -1;
    }
}

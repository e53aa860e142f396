using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting.Html;

/// <summary>
/// Text from input made fit for the HTML report: first what a page must not hold or would act on
/// (controls, bidi overrides and isolates: shown as <c>\uXXXX</c> by <see cref="ReportXmlText"/>),
/// then markup escaped by the framework's <see cref="HtmlEncoder"/>, which also makes it safe inside
/// a quoted attribute. All of Unicode passes unescaped, so Persian stays readable in the file.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A one-line field: a name, a title, an attribute value.</summary>
    public static string Line(string? text) => Encoder.Encode(ReportXmlText.Line(text));

    /// <summary>A field that may hold line breaks (a sentence): the page shows them as spaces.</summary>
    public static string Body(string? text) => Encoder.Encode(ReportXmlText.Body(text));

    /// <summary>The direction attributes of an element holding <paramref name="text"/>: Persian when its first letter is.</summary>
    public static string Direction(string? text) => StartsPersian(text) ? " lang=\"fa\" dir=\"rtl\"" : " dir=\"auto\"";

    /// <summary>
    /// English text with Persian names inside (a finding's message): each Persian run isolated in a
    /// <c>bdi</c>, so that a date or a number after a Persian name stays where it was written.
    /// </summary>
    public static string Mixed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var b = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsPersian(text[i]) || (text[i] == '«' && i + 1 < text.Length && IsPersian(text[i + 1])))
            {
                var end = i;
                while (i < text.Length && (IsPersian(text[i]) || InPersianRun(text[i])))
                {
                    if (IsPersian(text[i]) || text[i] is '»' or '\u200C')
                    {
                        end = i + 1;
                    }

                    i++;
                }

                b.Append("<bdi lang=\"fa\" dir=\"rtl\">").Append(Line(text[start..end])).Append("</bdi>");
                i = end;
            }
            else
            {
                while (i < text.Length && !IsPersian(text[i]) && !(text[i] == '«' && i + 1 < text.Length && IsPersian(text[i + 1])))
                {
                    i++;
                }

                b.Append(Line(text[start..i]));
            }
        }

        return b.ToString();
    }

    /// <summary>Whether the first letter of the text is Persian (Arabic script).</summary>
    public static bool StartsPersian(string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (IsPersian(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    // Arabic script, its supplement and presentation forms: the letters and digits Persian is written in.
    private static bool IsPersian(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    // Spaces, joiners and Persian quotes belong to a run while Persian goes on after them.
    private static bool InPersianRun(char c) => c is ' ' or '\u200C' or '«' or '»';
}

using System.Text;

namespace FactCheck.Reporting.Escaping;

/// <summary>
/// Fields of an RFC 4180 CSV file. A field holding a comma, a double quote, CR or LF is put in double
/// quotes, its quotes doubled; line breaks stay inside the quotes. Text from input that a spreadsheet
/// would take for a formula (it starts with <c>= + - @</c>, a tab or CR: «=HYPERLINK(…)» in an article)
/// gets a leading apostrophe, as OWASP advises against CSV injection: Excel and LibreOffice then show
/// it as text.
/// </summary>
internal static class CsvText
{
    /// <summary>A field FactCheck writes itself (a number, a date, a name from a closed set).</summary>
    public static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 8).Append('"');
        foreach (var c in text)
        {
            b.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return b.Append('"').ToString();
    }

    /// <summary>A field from input, which must stay text when a spreadsheet opens the file.</summary>
    public static string Text(string? text) =>
        Field(text is [('=' or '+' or '-' or '@' or '\t' or '\r'), ..] ? "'" + text : text);
}

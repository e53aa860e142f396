namespace FactCheck.Reporting.Escaping;

/// <summary>
/// A SARIF plain-text message: viewers turn <c>[text](target)</c> into a link (SARIF 2.1.0 §3.11.6),
/// so a message with text from input escapes <c>\</c>, <c>[</c> and <c>]</c> with a backslash, as the
/// standard asks; the JSON writer escapes the rest.
/// </summary>
internal static class SarifText
{
    public static string Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
    }
}

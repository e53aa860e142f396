namespace FactCheck.Reporting.Escaping;

/// <summary>
/// GitHub workflow commands (<c>::error file=…,title=…::message</c>), escaped as GitHub's own toolkit
/// does: the message escapes %, CR and LF; a property value also escapes : and , so that it can
/// neither end its property nor the command. Input is first made terminal-safe
/// (<see cref="TerminalText"/>): the log shows the line as it is written.
/// </summary>
internal static class WorkflowCommandText
{
    /// <summary>The message part. Newlines FactCheck writes itself (between parts of one message) become %0A.</summary>
    public static string Data(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>A property value.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>A field from input inside a message: terminal-safe, then escaped.</summary>
    public static string InputData(string? text) => Data(TerminalText.Field(text));

    /// <summary>A field from input as a property value (a file name): terminal-safe, then escaped.</summary>
    public static string InputProperty(string? text) => Property(TerminalText.Field(text));
}

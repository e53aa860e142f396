using FactCheck.Reporting.Escaping;

namespace FactCheck.Diagnostics;

/// <summary>A problem with input FactCheck was given, with a stable code, as FluentValidation reports failures.</summary>
public sealed record Diagnostic(string Code, SourceLocation Location, string Message)
{
    /// <summary>The line printed on standard error: its path and message come from input, so they are made terminal-safe.</summary>
    public override string ToString() => $"{TerminalText.Field(Location.ToString())}: {Code}: {TerminalText.Field(Message)}";
}

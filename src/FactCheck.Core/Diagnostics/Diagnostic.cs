namespace FactCheck.Diagnostics;

/// <summary>A problem with input FactCheck was given, with a stable code, as FluentValidation reports failures.</summary>
public sealed record Diagnostic(string Code, SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Code}: {Message}";
}

using FactCheck.Reporting.Escaping;

namespace FactCheck.Diagnostics;

/// <summary>
/// Input FactCheck cannot judge (a malformed rule file, an article that is not UTF-8, a date that does
/// not exist). The message names the place and says what was expected; <see cref="Code"/> is stable.
/// </summary>
public sealed class FactCheckException : Exception
{
    public FactCheckException(string code, SourceLocation location, string message)
        : base($"{TerminalText.Field(location.ToString())}: {code}: {TerminalText.Field(message)}") // printed on standard error
    {
        Code = code;
        Location = location;
        Detail = message;
    }

    public FactCheckException()
    {
        Code = "FC000";
        Location = new SourceLocation("-", 1, 1);
        Detail = string.Empty;
    }

    public FactCheckException(string message)
        : base(message)
    {
        Code = "FC000";
        Location = new SourceLocation("-", 1, 1);
        Detail = message;
    }

    public FactCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "FC000";
        Location = new SourceLocation("-", 1, 1);
        Detail = message;
    }

    public string Code { get; }

    public SourceLocation Location { get; }

    public string Detail { get; }
}

namespace FactCheck.Consistency;

/// <summary>Names of severities and finding kinds in every output format: a public contract.</summary>
public static class FindingNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Disagreement => "disagreement",
        FindingKind.StateMismatch => "state-mismatch",
        FindingKind.CumulativeDecrease => "cumulative-decrease",
        FindingKind.SameDayMismatch => "same-day-mismatch",
        FindingKind.SelfContradiction => "self-contradiction",
        FindingKind.ImpliedDisagreement => "implied-disagreement",
        FindingKind.AlteredCopy => "altered-copy",
        FindingKind.BadValue => "bad-value",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a finding kind without its name"),
    };

    public static bool TryParseSeverity(string? text, out Severity severity)
    {
        severity = text switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "note" => Severity.Note,
            _ => (Severity)(-1),
        };
        return (int)severity >= 0;
    }
}

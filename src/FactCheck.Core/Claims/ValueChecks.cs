namespace FactCheck.Claims;

/// <summary>The built-in checks on single values, named like rules so every report treats them alike.</summary>
public static class ValueChecks
{
    public const string WeekdayMismatch = "weekday-mismatch";
    public const string InvalidDate = "invalid-date";
    public const string ReversedRange = "reversed-range";
    public const string UnresolvedDate = "unresolved-date";
}

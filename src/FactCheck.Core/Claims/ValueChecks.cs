using FactCheck.Consistency;

namespace FactCheck.Claims;

/// <summary>
/// The built-in checks on single values, named like rules so every report treats them alike. Each is
/// declared once, here, with its title and severity; reports and the checker read them from <see cref="All"/>.
/// </summary>
public static class ValueChecks
{
    public const string WeekdayMismatch = "weekday-mismatch";
    public const string InvalidDate = "invalid-date";
    public const string DateClash = "date-clash";
    public const string ReversedRange = "reversed-range";
    public const string UnresolvedDate = "unresolved-date";

    public static IReadOnlyList<ValueCheck> All { get; } =
    [
        new(WeekdayMismatch, "A weekday named with a date it does not fall on", Severity.Warning),
        new(InvalidDate, "A day that does not exist in its calendar", Severity.Warning),
        new(DateClash, "A date restated in another calendar that names another day", Severity.Warning),
        new(ReversedRange, "A range written with its ends reversed", Severity.Warning),
        new(UnresolvedDate, "A relative date in an article with no publication date", Severity.Note),
    ];

    /// <summary>The check with this id; an id not declared above is a bug, never a default.</summary>
    public static ValueCheck Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "not a declared value check");
}

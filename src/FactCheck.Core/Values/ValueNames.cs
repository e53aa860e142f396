namespace FactCheck.Values;

/// <summary>The names values go by in every output format: a public contract, never renamed.</summary>
public static class ValueNames
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Percent => "percent",
        ValueKind.Ordinal => "ordinal",
        ValueKind.Range => "range",
        ValueKind.Date => "date",
        ValueKind.Duration => "duration",
        ValueKind.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.AtMost => "at-most",
        Qualifier.About => "about",
        Qualifier.Nearly => "nearly",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string Of(Dates.CalendarKind calendar) => calendar switch
    {
        Dates.CalendarKind.Persian => "persian",
        Dates.CalendarKind.Gregorian => "gregorian",
        Dates.CalendarKind.Hijri => "hijri",
        _ => throw new ArgumentOutOfRangeException(nameof(calendar), calendar, null),
    };

    public static string Of(Dates.DatePrecision precision) => precision switch
    {
        Dates.DatePrecision.Day => "day",
        Dates.DatePrecision.Week => "week",
        Dates.DatePrecision.Month => "month",
        Dates.DatePrecision.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    public static string? Of(Dates.DateProblem problem) => problem switch
    {
        Dates.DateProblem.None => null,
        Dates.DateProblem.InvalidDate => "invalid-date",
        Dates.DateProblem.WeekdayMismatch => "weekday-mismatch",
        Dates.DateProblem.Unresolved => "unresolved",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A decimal without trailing zeros (1500000, not 1500000.0).</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;
}

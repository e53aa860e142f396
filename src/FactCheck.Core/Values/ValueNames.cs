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
        Dates.DateProblem.DateClash => "date-clash",
        Dates.DateProblem.UnsupportedYear => "unsupported-year",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public static string Of(Dates.PartOfDay part) => part switch
    {
        Dates.PartOfDay.Dawn => "dawn",
        Dates.PartOfDay.Morning => "morning",
        Dates.PartOfDay.Noon => "noon",
        Dates.PartOfDay.Afternoon => "afternoon",
        Dates.PartOfDay.Evening => "evening",
        Dates.PartOfDay.Night => "night",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public static string Of(Dates.TimePrecision precision) => precision switch
    {
        Dates.TimePrecision.PartOfDay => "part-of-day",
        Dates.TimePrecision.Hour => "hour",
        Dates.TimePrecision.Minute => "minute",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>A time of day as printed: «21:48», «09h» (hour only), «evening» (a part alone), with the part after a clock.</summary>
    public static string Of(Dates.DayTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var clock = time.Precision switch
        {
            Dates.TimePrecision.Minute => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{time.Hour:00}:{time.Minute:00}"),
            Dates.TimePrecision.Hour => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{time.Hour:00}h"),
            _ => null,
        };
        var part = time.Part is { } p ? Of(p) : null;
        return clock is null ? part ?? "" : part is null ? clock : $"{clock} {part}";
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A decimal without trailing zeros (1500000, not 1500000.0).</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;
}

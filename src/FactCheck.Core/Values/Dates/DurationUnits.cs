namespace FactCheck.Values.Dates;

/// <summary>Maps between duration units and the canonical units amounts carry.</summary>
internal static class DurationUnits
{
    public static Unit ToUnit(DurationUnit unit) => unit switch
    {
        DurationUnit.Day => Unit.Day,
        DurationUnit.Week => Unit.Week,
        DurationUnit.Month => Unit.Month,
        DurationUnit.Hour => Unit.Hour,
        DurationUnit.Minute => Unit.Minute,
        DurationUnit.Second => Unit.Second,
        DurationUnit.Year => Unit.Year,
        _ => throw Unknown(unit),
    };

    /// <summary>
    /// The shortest and longest day count <paramref name="count"/> units can mean: a month is 28 to 31 days,
    /// a year 365 to 366; hours, minutes and seconds are fractions of a day, never years.
    /// </summary>
    public static (decimal Shortest, decimal Longest) Days(DurationUnit unit, decimal count) => unit switch
    {
        DurationUnit.Day => (count, count),
        DurationUnit.Week => (count * 7, count * 7),
        DurationUnit.Month => (count * 28, count * 31),
        DurationUnit.Year => (count * 365, count * 366),
        // divided, not multiplied by 1/24, so that ۲۴ ساعت is exactly one day
        DurationUnit.Hour => (count / 24, count / 24),
        DurationUnit.Minute => (count / 1440, count / 1440),
        DurationUnit.Second => (count / 86400, count / 86400),
        _ => throw Unknown(unit),
    };

    public static DurationUnit FromUnit(Unit unit) => unit.Code switch
    {
        "day" => DurationUnit.Day,
        "week" => DurationUnit.Week,
        "month" => DurationUnit.Month,
        "year" => DurationUnit.Year,
        "hour" => DurationUnit.Hour,
        "minute" => DurationUnit.Minute,
        "second" => DurationUnit.Second,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a unit of time"),
    };

    public static string Name(DurationUnit unit) => ToUnit(unit).Code;

    // A member added to DurationUnit without a line here fails loudly in DurationUnitsTests, never silently as years.
    private static ArgumentOutOfRangeException Unknown(DurationUnit unit) =>
        new(nameof(unit), unit, "a duration unit without its length in days");
}

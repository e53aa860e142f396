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
        _ => Unit.Year,
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
}

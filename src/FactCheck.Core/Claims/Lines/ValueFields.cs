using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Claims.Lines;

/// <summary>Rebuilds a value from the object <see cref="Reporting.ValueJson"/> writes with <c>exact</c>.</summary>
internal static class ValueFields
{
    private static readonly IReadOnlyDictionary<string, ValueKind> Kinds = NameTable.Of<ValueKind>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, Qualifier> Qualifiers = NameTable.Of<Qualifier>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, DatePrecision> Precisions = NameTable.Of<DatePrecision>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, CalendarKind> Calendars = NameTable.Of<CalendarKind>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, DateProblem> Problems = NameTable.Of<DateProblem>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, PartOfDay> Parts = NameTable.Of<PartOfDay>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, TimePrecision> TimePrecisions = NameTable.Of<TimePrecision>(ValueNames.Of);
    private static readonly IReadOnlyDictionary<string, DurationUnit> DurationUnitNames = NameTable.Of<DurationUnit>(DurationUnits.Name);
    private static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = NameTable.Of<DayOfWeek>(d => d.ToString().ToLowerInvariant());

    public static Value Read(LineFields f)
    {
        var kind = f.Name("kind", Kinds);
        f.String("text");
        var span = f.Span("span");
        Value value = kind switch
        {
            ValueKind.Number or ValueKind.Percent or ValueKind.Ordinal or ValueKind.Range =>
                new Quantity(kind, span, f.Decimal("value"), f.Decimal("min"), f.Decimal("max"), UnitOf(f), f.Name("qualifier", Qualifiers)),
            ValueKind.Date => Date(f, span),
            ValueKind.Duration => new Duration(span, f.Decimal("value"), f.Decimal("min"), f.Decimal("max"), f.Name("unit", DurationUnitNames), f.Name("qualifier", Qualifiers)),
            ValueKind.Time => Time(f, span),
            _ => throw new ArgumentOutOfRangeException(nameof(f), kind, "a value kind with no reader"),
        };
        f.NoOthers();
        return value;
    }

    private static DateValue Date(LineFields f, Text.TextSpan span)
    {
        f.NullableString("value"); // from when one day: nothing of its own
        var time = f.NullableObject("time", "a date's time") is { } t ? DayTime(t) : null;
        return new DateValue(
            span, f.Date("from"), f.Date("to"), f.Name("precision", Precisions), f.Name("calendar", Calendars),
            f.Bool("relative"), f.NullableName("problem", Problems) ?? DateProblem.None, f.NullableName("weekday", Weekdays),
            time, f.Bool("deictic"));
    }

    private static DayTime DayTime(LineFields t)
    {
        var hour = t.Decimal("hour");
        var minute = t.Decimal("minute");
        var time = new DayTime(hour is null ? null : (int)hour, minute is null ? null : (int)minute, t.NullableName("part", Parts));
        t.NoOthers();
        return time;
    }

    private static TimeOfDay Time(LineFields f, Text.TextSpan span)
    {
        var clock = f.String("value");
        if (clock.Length != 5 || clock[2] != ':' || !int.TryParse(clock.AsSpan(0, 2), out var hour) || !int.TryParse(clock.AsSpan(3, 2), out var minute))
        {
            throw f.Bad("value", "a time as HH:mm");
        }

        return new TimeOfDay(span, hour, minute, f.NullableName("part", Parts), f.Name("precision", TimePrecisions));
    }

    private static Unit? UnitOf(LineFields f) => f.NullableString("unit") is { } code
        ? Unit.FromCode(code) ?? throw f.Bad("unit", "a unit FactCheck knows (person, t, ha, km, %, richter, l, MW, a time unit, or an ISO 4217 code)")
        : null;
}

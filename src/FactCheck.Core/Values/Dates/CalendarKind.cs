namespace FactCheck.Values.Dates;

/// <summary>The calendar a date was written in. Printed as <c>persian</c>, <c>gregorian</c>, <c>hijri</c>.</summary>
public enum CalendarKind
{
    Persian,
    Gregorian,
    Hijri,
}

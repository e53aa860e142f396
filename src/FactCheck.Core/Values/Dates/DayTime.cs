namespace FactCheck.Values.Dates;

/// <summary>
/// The time of day a date names. <see cref="Hour"/> is on the 24-hour clock (0..24) once the part of
/// day is applied («۵ عصر» is 17); <see cref="Minute"/> is null when only the hour is written, and both
/// are null when only a part of the day is (<see cref="Part"/>).
/// </summary>
public sealed record DayTime(int? Hour, int? Minute, PartOfDay? Part)
{
    public TimePrecision Precision =>
        Minute is not null ? TimePrecision.Minute : Hour is not null ? TimePrecision.Hour : TimePrecision.PartOfDay;
}

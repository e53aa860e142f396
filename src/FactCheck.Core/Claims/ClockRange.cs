namespace FactCheck.Claims;

/// <summary>
/// A stretch of one day in minutes since midnight, both ends inclusive: one minute for «ساعت ۱۷»
/// or a publication time, a few hours for «عصر».
/// </summary>
public readonly record struct ClockRange(int FromMinute, int ToMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public static ClockRange At(int hour, int minute) => new((hour * 60) + minute, (hour * 60) + minute);

    public static ClockRange WholeDay { get; } = new(0, MinutesPerDay - 1);

    public bool IsInstant => FromMinute == ToMinute;

    /// <summary>As written in reports: «17:00» or «15:00–18:59».</summary>
    public override string ToString() => IsInstant ? Clock(FromMinute) : $"{Clock(FromMinute)}–{Clock(ToMinute)}";

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}

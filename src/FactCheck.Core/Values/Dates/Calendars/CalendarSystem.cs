using System.Collections.Concurrent;
using System.Globalization;

namespace FactCheck.Values.Dates.Calendars;

/// <summary>
/// A calendar as FactCheck needs it: valid dates, month lengths, and conversion to and from Gregorian
/// days. Each is a thin immutable façade over the framework's own calendar: no hand-made tables.
/// </summary>
public abstract class CalendarSystem
{
    private readonly Calendar _calendar;

    // The framework's Persian calendar computes each conversion astronomically (sines of the sun's
    // longitude): on dense news that was 6% of a whole check. Each answer is kept: a corpus names few days.
    private readonly ConcurrentDictionary<(int Year, int Month, int Day), DateOnly> _toDate = new();
    private readonly ConcurrentDictionary<int, (int Year, int Month, int Day)> _fromDate = new();
    private readonly ConcurrentDictionary<(int Year, int Month), int> _daysInMonth = new();

    private protected CalendarSystem(Calendar calendar, CalendarKind kind, int minYear, int maxYear)
    {
        _calendar = calendar;
        Kind = kind;
        MinYear = minYear;
        MaxYear = maxYear;
    }

    public static CalendarSystem Persian { get; } = new PersianCalendarSystem();

    public static CalendarSystem Gregorian { get; } = new GregorianCalendarSystem();

    public static CalendarSystem Hijri { get; } = new HijriCalendarSystem();

    public CalendarKind Kind { get; }

    /// <summary>The years this calendar is used for here (the framework supports more).</summary>
    public int MinYear { get; }

    public int MaxYear { get; }

    public static CalendarSystem For(CalendarKind kind) => kind switch
    {
        CalendarKind.Persian => Persian,
        CalendarKind.Gregorian => Gregorian,
        CalendarKind.Hijri => Hijri,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public int MonthsInYear => 12;

    public bool IsSupportedYear(int year) => year >= MinYear && year <= MaxYear;

    public int DaysInMonth(int year, int month) =>
        _daysInMonth.GetOrAdd((year, month), static (k, calendar) => calendar.GetDaysInMonth(k.Year, k.Month), _calendar);

    public bool IsValid(int year, int month, int day) =>
        IsSupportedYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    public DateOnly ToDate(int year, int month, int day) =>
        _toDate.TryGetValue((year, month, day), out var date) ? date
            : _toDate.GetOrAdd((year, month, day), DateOnly.FromDateTime(_calendar.ToDateTime(year, month, day, 0, 0, 0, 0)));

    public (int Year, int Month, int Day) FromDate(DateOnly date) =>
        _fromDate.GetOrAdd(date.DayNumber, static (dayNumber, calendar) =>
        {
            var time = DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue);
            return (calendar.GetYear(time), calendar.GetMonth(time), calendar.GetDayOfMonth(time));
        }, _calendar);

    public (DateOnly From, DateOnly To) Month(int year, int month) =>
        (ToDate(year, month, 1), ToDate(year, month, DaysInMonth(year, month)));

    public (DateOnly From, DateOnly To) Year(int year) =>
        (ToDate(year, 1, 1), ToDate(year, 12, DaysInMonth(year, 12)));
}

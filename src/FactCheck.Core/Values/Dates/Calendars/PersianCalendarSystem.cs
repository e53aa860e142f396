using System.Globalization;

namespace FactCheck.Values.Dates.Calendars;

/// <summary>
/// The Iranian solar Hijri (Jalali) calendar, also Afghanistan's (حمل، ثور...). The framework's
/// <see cref="PersianCalendar"/> follows the official astronomical calendar for the years news is about;
/// the 2820-year (Birashk) rule gets 1403/1404 wrong, and the tests pin those years.
/// </summary>
public sealed class PersianCalendarSystem : CalendarSystem
{
    internal PersianCalendarSystem()
        : base(new PersianCalendar(), CalendarKind.Persian, 1200, 1500)
    {
    }
}

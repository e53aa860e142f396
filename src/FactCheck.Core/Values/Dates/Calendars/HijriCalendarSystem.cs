using System.Globalization;

namespace FactCheck.Values.Dates.Calendars;

/// <summary>
/// The lunar Hijri calendar by the Umm al-Qura reckoning (<see cref="UmAlQuraCalendar"/>), the most
/// widely published table. Iranian lunar months begin by sighting and can differ from it by a day.
/// </summary>
public sealed class HijriCalendarSystem : CalendarSystem
{
    internal HijriCalendarSystem()
        : base(new UmAlQuraCalendar(), CalendarKind.Hijri, 1318, 1500)
    {
    }
}

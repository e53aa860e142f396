using System.Globalization;

namespace FactCheck.Values.Dates.Calendars;

/// <summary>The Gregorian calendar, written in Persian as ۹ نوامبر ۲۰۲۰.</summary>
public sealed class GregorianCalendarSystem : CalendarSystem
{
    internal GregorianCalendarSystem()
        : base(new GregorianCalendar(), CalendarKind.Gregorian, 1800, 2200)
    {
    }
}

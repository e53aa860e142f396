using System.Globalization;
using FactCheck.Text;
using FactCheck.Values.Dates.Calendars;

namespace FactCheck.Values.Dates;

/// <summary>
/// Reads a publication date as users write it: ISO (2021-11-01, or a date-time with its offset, whose
/// date is taken as printed) or Jalali (1400/08/10, ۱۴۰۰/۰۸/۱۰).
/// </summary>
public static class PublicationDate
{
    public static bool TryParse(string? text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a date is required";
            return false;
        }

        var folded = TextNormalizer.Fold(text.Trim());
        // The common case first: a plain date parses without the culture-aware date-time parser.
        if (folded.Length == 10 && DateOnly.TryParseExact(folded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && CalendarSystem.Gregorian.IsSupportedYear(date.Year))
        {
            return true;
        }

        if (folded.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParseExact(folded, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            && CalendarSystem.Gregorian.IsSupportedYear(stamp.Year))
        {
            date = DateOnly.FromDateTime(stamp.DateTime); // the date where it was published, not in UTC
            return true;
        }

        var parts = folded.Split('/', '-');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var day))
        {
            var system = year < 1600 ? CalendarSystem.Persian : CalendarSystem.Gregorian;
            var calendar = system.Kind == CalendarKind.Persian ? "Jalali" : "Gregorian";
            if (!system.IsSupportedYear(year))
            {
                // «0000-01-01» is no slip of a day: say which years are read, not that the day is missing
                error = $"'{text}': the year {year} is outside the years read here (Jalali {CalendarSystem.Persian.MinYear}–{CalendarSystem.Persian.MaxYear}, Gregorian {CalendarSystem.Gregorian.MinYear}–{CalendarSystem.Gregorian.MaxYear})";
                return false;
            }

            if (system.IsValid(year, month, day))
            {
                date = system.ToDate(year, month, day);
                return true;
            }

            error = $"'{text}' is not a day of the {calendar} calendar";
            return false;
        }

        error = $"'{text}' is not a date: expected yyyy-MM-dd, an ISO date-time with offset, or a Jalali date such as 1400/08/10";
        return false;
    }
}

namespace FactCheck.Values.Dates;

/// <summary>A month name: its calendar and number, and whether it is also an everyday word.</summary>
/// <param name="AloneAfterDigits">An everyday word that still counts with no year when glued to a digit day or closing the phrase (۵میزان).</param>
/// <param name="AfterDigitDay">An everyday word that counts with no year after any digit day (۵ میزان در کابل).</param>
internal sealed record MonthName(CalendarKind Calendar, int Month, bool NeedsYear, bool AloneAfterDigits = false, bool AfterDigitDay = false);

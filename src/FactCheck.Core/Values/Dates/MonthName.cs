namespace FactCheck.Values.Dates;

/// <summary>A month name: its calendar and number, and whether it is also an everyday word.</summary>
internal sealed record MonthName(CalendarKind Calendar, int Month, bool NeedsYear);

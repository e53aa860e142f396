using FactCheck.Text;

namespace FactCheck.Values.Dates;

/// <summary>
/// A date as an inclusive Gregorian day interval <see cref="From"/>..<see cref="To"/> (null when the
/// date is invalid or unresolved), with the precision and calendar it was written in.
/// </summary>
/// <param name="Relative">Resolved against the publication date (دیروز، سال گذشته، ۲۰ مهر without a year).</param>
/// <param name="NamedWeekday">The weekday the text names alongside the date, if any.</param>
/// <param name="Deictic">Named only from the day of writing (امروز، دیروز، بامداد جمعه، هفته گذشته): no calendar day is written.</param>
/// <param name="Time">The time of day or part of day the text names with the date (ساعت ۲۱ و ۴۸ دقیقه، شامگاه یکشنبه), if any.</param>
public sealed record DateValue(
    TextSpan Span,
    DateOnly? From,
    DateOnly? To,
    DatePrecision Precision,
    CalendarKind Calendar,
    bool Relative = false,
    DateProblem Problem = DateProblem.None,
    DayOfWeek? NamedWeekday = null,
    DayTime? Time = null,
    bool Deictic = false) : Value(ValueKind.Date, Span)
{
    public bool IsResolved => From is not null;
}

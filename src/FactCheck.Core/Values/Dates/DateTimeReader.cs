using FactCheck.Text;
using FactCheck.Values.Dates.Calendars;
using FactCheck.Values.Numbers;

namespace FactCheck.Values.Dates;

/// <summary>
/// A date with what real copy writes around it, read as one value: a time of day or part of day
/// before or after it (ساعت ۱۷ عصر دوشنبه، شامگاه یکشنبه، ۲۱ آبان ساعت ۲۱:۴۸), and the same date
/// in a second calendar in brackets (پنجشنبه ۱۲ نوامبر (۲۲ آبان ماه)). A clock time with no date is a
/// <see cref="TimeOfDay"/>; a part of the day with no date is an everyday word and no value.
/// </summary>
internal sealed class DateTimeReader(DateLexicon lex, NumberLexicon numbers)
{
    private readonly DateReader _dates = new(lex, numbers);
    private readonly TimeReader _times = new(lex, numbers);

    public bool TryRead(TokenizedText t, int i, DateOnly? published, out Value? value, out int next)
    {
        value = null;
        if (_dates.TryRead(t, i, published, out var date, out next))
        {
            if (next < t.Count && t.Continues(next) && date!.Time is null && _times.TryRead(t, next, out var after, out var afterEnd))
            {
                date = date with { Span = t.OriginalSpan(i, afterEnd - 1), Time = after };
                next = afterEnd;
            }

            value = WithBracketed(t, i, i, date!, published, ref next);
            return true;
        }

        if (!_times.TryRead(t, i, out var time, out next))
        {
            return false;
        }

        // «شب یکشنبه» is the eve of Sunday, not Sunday night: a night before a date is not joined to it.
        if (next < t.Count && t.Continues(next) && !(time.Hour is null && time.Part == PartOfDay.Night)
            && _dates.TryRead(t, next, published, out date, out var dateEnd) && date!.Time is null)
        {
            var dateStart = next;
            next = dateEnd;
            value = WithBracketed(t, i, dateStart, date with { Span = t.OriginalSpan(i, dateEnd - 1), Time = time }, published, ref next);
            return true;
        }

        if (time.Hour is { } hour)
        {
            value = new TimeOfDay(t.OriginalSpan(i, next - 1), hour, time.Minute ?? 0, time.Part, time.Precision);
            return true;
        }

        next = i;
        return false;
    }

    /// <summary>
    /// «۱۲ نوامبر (۲۲ آبان ماه)»، «شامگاه یکشنبه (بیست و یکم آبان ماه)»: the bracketed date restates the
    /// one before it. One value: a weekday alone takes the bracketed day (checked against the weekday);
    /// two days that differ are a clash, reported on the value.
    /// </summary>
    private DateValue WithBracketed(TokenizedText t, int i, int dateStart, DateValue date, DateOnly? published, ref int next)
    {
        var open = next;
        if (open + 2 >= t.Count || !t.Continues(open) || !t.IsSymbol(open, '(')
            || !_dates.TryRead(t, open + 1, published, out var inner, out var innerEnd)
            || !t.IsSymbol(innerEnd, ')') || inner!.Precision != DatePrecision.Day || date.Precision != DatePrecision.Day)
        {
            return date;
        }

        next = innerEnd + 1;
        var span = t.OriginalSpan(i, innerEnd);
        if (date.NamedWeekday is { } weekday && inner.NamedWeekday is null && WeekdayOnly(t, dateStart, open))
        {
            // The weekday alone resolved to its latest day; the bracketed date says which one it was.
            var problem = inner.Problem == DateProblem.None && inner.From is { } day && inner.From == inner.To && day.DayOfWeek != weekday
                ? DateProblem.WeekdayMismatch
                : inner.Problem;
            return inner with { Span = span, NamedWeekday = weekday, Problem = problem, Time = date.Time ?? inner.Time };
        }

        // «۱۹ اردیبهشت (۹ مه ۲۰۲۵)»: the side with no year takes it from the side that writes one, as a
        // reader does, before the two are compared; with no year on either, the year both hold decides.
        if (date.Relative && !inner.Relative && inner.From is { } innerDay
            && _dates.TryRead(t, dateStart, innerDay, out var outerAgain, out _) && outerAgain!.From is not null)
        {
            date = date with { From = outerAgain.From, To = outerAgain.To, Problem = outerAgain.Problem };
        }
        else if (inner.Relative && !date.Relative && date.From is { } outerDay
            && _dates.TryRead(t, open + 1, outerDay, out var innerAgain, out _) && innerAgain!.From is not null)
        {
            inner = innerAgain;
        }

        if (date.Relative && inner.Relative && date.Problem == DateProblem.None && inner.Problem == DateProblem.None
            && date.From != inner.From && YearBothHold(date, inner) is { } both)
        {
            date = date with { From = both, To = both };
            inner = inner with { From = both, To = both };
        }

        var clash = date.Problem == DateProblem.None && inner.Problem == DateProblem.None && (date.From != inner.From || date.To != inner.To);
        return date with { Span = span, Problem = clash ? DateProblem.DateClash : date.Problem, Time = date.Time ?? inner.Time };
    }

    /// <summary>
    /// Two days written without a year («پنجشنبه ۱۲ نوامبر (۲۲ آبان)») name one day only in some years:
    /// the calendars drift a day against each other. The nearest year, within <see cref="YearsAround"/>
    /// of the one first taken, where both name one day (on the weekday, if one is named); null if none.
    /// </summary>
    private static DateOnly? YearBothHold(DateValue outer, DateValue inner)
    {
        if (outer is not { From: { } day, Precision: DatePrecision.Day } || outer.From != outer.To || inner is not { From: { } innerDay } || inner.From != inner.To)
        {
            return null;
        }

        var outerSystem = CalendarSystem.For(outer.Calendar);
        var innerSystem = CalendarSystem.For(inner.Calendar);
        var (year, month, dayOfMonth) = outerSystem.FromDate(day);
        var (_, innerMonth, innerDayOfMonth) = innerSystem.FromDate(innerDay);
        for (var offset = 0; offset <= YearsAround; offset++)
        {
            foreach (var y in offset == 0 ? [year] : new[] { year - offset, year + offset })
            {
                if (!outerSystem.IsValid(y, month, dayOfMonth))
                {
                    continue;
                }

                var candidate = outerSystem.ToDate(y, month, dayOfMonth);
                var (_, m, d) = innerSystem.FromDate(candidate);
                if (m == innerMonth && d == innerDayOfMonth && (outer.NamedWeekday is not { } w || candidate.DayOfWeek == w))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private const int YearsAround = 6;

    // «شامگاه یکشنبه»: a weekday with no day number or month in the tokens of the date.
    private bool WeekdayOnly(TokenizedText t, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (t.Tokens[k].Kind == TokenKind.Digits || lex.Months.TryMatch(t, k, out _, out _))
            {
                return false;
            }
        }

        return true;
    }
}

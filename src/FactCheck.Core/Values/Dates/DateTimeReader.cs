using FactCheck.Text;
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

        var clash = date.Problem == DateProblem.None && inner.Problem == DateProblem.None && (date.From != inner.From || date.To != inner.To);
        return date with { Span = span, Problem = clash ? DateProblem.DateClash : date.Problem, Time = date.Time ?? inner.Time };
    }

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

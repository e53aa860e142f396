using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values.Dates.Calendars;
using FactCheck.Values.Numbers;

namespace FactCheck.Values.Dates;

/// <summary>
/// Reads one date at a token: [روز] [weekday] day [ماه] month [ماه] [سال] year [era], a month and year,
/// a year or range of years, a numeric date (۱۴۰۰/۰۸/۱۰), or a relative form (دیروز، روز دوشنبه، سال
/// گذشته، ۲۰ مهر without a year) resolved against the publication date. Month names are also everyday
/// words (خبرگزاری مهر، بهمن), so a month counts only next to a day or a year.
/// </summary>
internal sealed class DateReader(DateLexicon lex, NumberLexicon numbers)
{
    public bool TryRead(TokenizedText t, int start, DateOnly? published, out DateValue? date, out int next)
    {
        date = null;
        next = start;
        var j = start;
        if (t.Is(j, PersianDateWords.Day) && j + 1 < t.Count && t.Continues(j + 1))
        {
            j++;
        }

        DayOfWeek? weekday = null;
        if (lex.Weekdays.TryMatch(t, j, out var named, out var length))
        {
            weekday = named;
            j += length;
            if (j < t.Count && t.Continues(j) && (t.IsSymbol(j, ',') || t.IsSymbol(j, '،')))
            {
                j++;
            }
        }

        if (j < t.Count && (j == start || t.Continues(j)) && TryAbsolute(t, j, published, weekday, out var reading, out var end))
        {
            var problem = reading.Problem;
            if (weekday is { } w && problem == DateProblem.None && reading.Precision == DatePrecision.Day
                && reading.From == reading.To && reading.From!.Value.DayOfWeek != w)
            {
                problem = DateProblem.WeekdayMismatch;
            }

            date = reading.ToValue(t.OriginalSpan(start, end - 1), problem, weekday);
            next = end;
            return true;
        }

        if (weekday is { } day)
        {
            // «دوشنبه گذشته»: the last such day before publication; «دوشنبه هفته گذشته»: that day of last week
            var back = 0;
            if (j < t.Count && t.Continues(j) && lex.RelativePeriods.TryMatch(t, j, out var period, out var periodLength)
                && period is { Unit: DatePrecision.Week, Offset: -1 })
            {
                back = 7;
                j += periodLength;
            }
            else if (j < t.Count && t.Continues(j) && (t.Is(j, "گذشته") || t.Is(j, "قبل") || t.Is(j, "پیش")))
            {
                back = 1;
                j++;
            }

            var span = t.OriginalSpan(start, j - 1);
            date = published is { } p
                ? Weekday(span, back == 7 ? WeekOf(p).AddDays(-7) : p.AddDays(-back), day, back == 7)
                : new DateValue(span, null, null, DatePrecision.Day, CalendarKind.Persian, Relative: true, Problem: DateProblem.Unresolved, NamedWeekday: day, Deictic: true);
            next = j;
            return true;
        }

        return j == start && TryRelative(t, start, published, out date, out next);
    }

    private bool TryAbsolute(TokenizedText t, int j, DateOnly? published, DayOfWeek? weekday, out Reading reading, out int end)
    {
        if (TryDayMonth(t, j, out var first, out end))
        {
            // A range of full dates: از ۱۴ نوامبر تا ۱۰ دسامبر ۲۰۲۰. The first end borrows the year.
            if (end < t.Count && t.Continues(end) && IsRangeWord(t, end, out var length)
                && TryDayMonth(t, end + length, out var second, out var secondEnd) && second.Calendar == first.Calendar)
            {
                if (first.Year is null && first.RelativeYear is null && second.Year is { } y)
                {
                    first = first with { Year = DayOfYearKey(first.Month, first.Day) <= DayOfYearKey(second.Month, second.Day) ? y : y - 1 };
                }

                var from = first.Resolve(published);
                var to = second.Resolve(published);
                reading = from.Through(to);
                end = secondEnd;
                return true;
            }

            reading = first.Resolve(published, weekday);
            return true;
        }

        // Month-first and decade forms start with a word, year-first and numeric ones with digits.
        return t.Tokens[j].Kind == TokenKind.Word
            ? TryMonthDayYear(t, j, published, out reading, out end)
                || TryMonthYear(t, j, published, out reading, out end)
                || TryDecade(t, j, published, out reading, out end)
                || TryYears(t, j, published, out reading, out end)
            : TryYearMonthDay(t, j, out reading, out end)
                || TryYears(t, j, published, out reading, out end)
                || TryNumeric(t, j, out reading, out end);
    }

    /// <summary>day [تا day] [ماه] month [ماه] [year or relative year]</summary>
    private bool TryDayMonth(TokenizedText t, int j, out DateParts parts, out int end)
    {
        parts = default;
        end = j;
        if (!TryDay(t, j, out var day, out var k))
        {
            return false;
        }

        int? lastDay = null;
        if (k < t.Count && t.Continues(k) && IsRangeWord(t, k, out var length) && TryDay(t, k + length, out var d2, out var k2)
            && IsMonthAhead(t, k2))
        {
            lastDay = d2;
            k = k2;
        }

        // «۱۰، اکتوبر»: wire copy puts a comma between the day and the month
        if (k + 1 < t.Count && t.Continues(k) && (t.IsSymbol(k, ',') || t.IsSymbol(k, '،')) && IsMonthAhead(t, k + 1))
        {
            k++;
        }

        if (t.Is(k, PersianDateWords.Month) && t.Continues(k))
        {
            k++;
        }

        if (k >= t.Count || !t.Continues(k) || !lex.Months.TryMatch(t, k, out var month, out length) || IsJoinedOn(t, k + length))
        {
            return false;
        }

        // «۵میزان»: a month that is also an everyday word counts without a year when glued to a digit day
        // or closing the phrase («۵ میزان،»)
        var glued = t.Tokens[j].Kind == TokenKind.Digits
            && (month.AfterDigitDay || t.Tokens[k].Gap == TokenGap.None || k + length >= t.Count || !t.Continues(k + length)
                || IsPunctuation(t, k + length));

        k += length;
        if (t.Is(k, PersianDateWords.Month) && t.Continues(k))
        {
            k++;
        }

        var hasYear = TryYear(t, k, month.Calendar, true, out var year, out var afterYear);
        // «از ۱۰ می تاکنون»: a word no verb or count follows makes «می» the month
        var dated = k < t.Count && t.Continues(k) && (IsPunctuation(t, k) || lex.AfterYearlessMonth.TryMatch(t, k, out _, out _));
        // «از اول میزان تا …»: a Dari month after a plain ordinal day, where a date's word or a comma follows
        // («اولین میزان خسارت» and «گام اول میزان آب» are no dates)
        var ordinalDay = month.AfterDigitDay && dated && t.Tokens[j].Kind == TokenKind.Word && !t.TextOf(j).EndsWith(PersianNumberWords.SuperlativeOrdinalEnd, StringComparison.Ordinal);
        if (!hasYear && month.NeedsYear && !(month.AloneAfterDigits && glued) && !(t.Tokens[j].Kind == TokenKind.Digits && dated) && !ordinalDay)
        {
            return false;
        }

        parts = hasYear ? year.With(month.Month, day, lastDay, DatePrecision.Day)
            : new DateParts(month.Calendar, null, null, month.Month, day, lastDay, DatePrecision.Day);
        end = hasYear ? afterYear : k;
        return true;
    }

    /// <summary>[ماه] month [ماه] year: آبان ۱۴۰۰، نوامبر ۲۰۲۰، شهریور سال گذشته.</summary>
    private bool TryMonthYear(TokenizedText t, int j, DateOnly? published, out Reading reading, out int end)
    {
        reading = default;
        end = j;
        var k = j;
        if (t.Is(k, PersianDateWords.Month) && k + 1 < t.Count && t.Continues(k + 1))
        {
            k++;
        }

        if (!lex.Months.TryMatch(t, k, out var month, out var length) || IsJoinedOn(t, k + length))
        {
            return false;
        }

        k += length;
        if (t.Is(k, PersianDateWords.Month) && t.Continues(k))
        {
            k++;
        }

        if (!TryYear(t, k, month.Calendar, false, out var year, out end, AfterEventNoun(t, j)))
        {
            return false;
        }

        reading = year.With(month.Month, 1, null, DatePrecision.Month).Resolve(published);
        return true;
    }

    /// <summary>Dari and wire order, month before day: «قوس ۳۰، ۱۳۹۹»، «اکتوبر ۱۰، ۲۰۲۰». The year is required.</summary>
    private bool TryMonthDayYear(TokenizedText t, int j, DateOnly? published, out Reading reading, out int end)
    {
        reading = default;
        end = j;
        if (!lex.Months.TryMatch(t, j, out var month, out var length) || IsJoinedOn(t, j + length))
        {
            return false;
        }

        var k = j + length;
        if (k >= t.Count || !t.Continues(k) || t.Tokens[k].Kind != TokenKind.Digits || !TryDay(t, k, out var day, out k)
            || k >= t.Count || !(t.IsSymbol(k, ',') || t.IsSymbol(k, '،') || t.Tokens[k].Kind == TokenKind.Digits)
            || !TryYear(t, k, month.Calendar, true, out var year, out end) || year.Year is null)
        {
            return false;
        }

        reading = year.With(month.Month, day, null, DatePrecision.Day).Resolve(published);
        return true;
    }

    /// <summary>English order in crawl banners: «2024 November 14»، «۲۰۲۴ نوامبر ۱۴».</summary>
    private bool TryYearMonthDay(TokenizedText t, int j, out Reading reading, out int end)
    {
        reading = default;
        end = j;
        if (!TryYearNumber(t, j, out var number) || j + 2 >= t.Count || !t.Continues(j + 1)
            || !lex.Months.TryMatch(t, j + 1, out var month, out var length) || month.NeedsYear || !t.Continues(j + 1 + length)
            || t.Tokens[j + 1 + length].Kind != TokenKind.Digits || !TryDay(t, j + 1 + length, out var day, out end))
        {
            return false;
        }

        var unsupported = !CalendarSystem.For(month.Calendar).IsSupportedYear(number);
        reading = new WrittenYear(month.Calendar, number, null, null, unsupported).With(month.Month, day, null, DatePrecision.Day).Resolve(null);
        return true;
    }

    /// <summary>«دهه ۱۹۹۰»، «دهه ۷۰» (the Jalali 1370s when published after them)، «دهه ۷۰ میلادی»: ten years.</summary>
    private bool TryDecade(TokenizedText t, int j, DateOnly? published, out Reading reading, out int end)
    {
        reading = default;
        end = j;
        if (!lex.DecadeWords.TryMatch(t, j, out _, out var length) || j + length >= t.Count || !t.Continues(j + length))
        {
            return false;
        }

        var k = j + length;
        int first;
        bool twoDigits;
        if (t.Tokens[k].Kind == TokenKind.Digits && t.Tokens[k].Length is 2 or 4
            && DigitsParser.Read(t.TextOf(k)) is { Shape: DigitsShape.Integer } digits && digits.Value % 10 == 0)
        {
            first = (int)digits.Value;
            twoDigits = t.Tokens[k].Length == 2;
            k++;
        }
        else if (CardinalParser.TryRead(t, k, numbers, out var words, fractions: false) && !words.Ordinal && !words.IsVague
            && words.Value is >= 10 and <= 90 && words.Value % 10 == 0)
        {
            first = (int)words.Value; // «دهه هفتاد»
            twoDigits = true;
            k = words.End;
        }
        else
        {
            return false;
        }

        CalendarKind? era = null;
        if (k < t.Count && t.Continues(k) && lex.Eras.TryMatch(t, k, out var named, out length))
        {
            era = named;
            k += length;
        }

        var calendar = era ?? (twoDigits ? CalendarKind.Persian : CalendarByYear(first));
        var system = CalendarSystem.For(calendar);
        end = k;
        if (twoDigits)
        {
            if (published is not { } p)
            {
                reading = new Reading(null, null, DatePrecision.Year, calendar, true, DateProblem.Unresolved);
                return true;
            }

            first = LatestCentury(system.FromDate(p).Year, first);
        }

        reading = !system.IsSupportedYear(first) || !system.IsSupportedYear(first + 9)
            ? new Reading(null, null, DatePrecision.Year, calendar, twoDigits, DateProblem.UnsupportedYear)
            : new Reading(system.Year(first).From, system.Year(first + 9).To, DatePrecision.Year, calendar, twoDigits, DateProblem.None);
        return true;
    }

    /// <summary>The latest year ending in <paramref name="twoDigits"/> not after <paramref name="publishedYear"/>: ۹۶ in 1400 is 1396.</summary>
    private static int LatestCentury(int publishedYear, int twoDigits)
    {
        var year = (publishedYear / 100 * 100) + twoDigits;
        return year > publishedYear ? year - 100 : year;
    }

    /// <summary>سال ۲۰۲۰، سال ۱۳۹۹، سال‌های ۱۹۹۲ الی ۱۹۹۴ میلادی، ۱۹۹۲ میلادی.</summary>
    private bool TryYears(TokenizedText t, int j, DateOnly? published, out Reading reading, out int end)
    {
        reading = default;
        end = j;
        var k = j;
        var marked = lex.YearWords.TryMatch(t, k, out _, out var length);
        if (marked)
        {
            k += length;
        }

        if (k >= t.Count || t.Tokens[k].Kind != TokenKind.Digits || (k > j && !t.Continues(k)))
        {
            return false;
        }

        // «سال ۹۷»: two digits after «سال» are a Jalali year of the latest century not after publication
        if (marked && k + 1 <= t.Count && TryTwoDigitYear(t, k, CalendarKind.Persian, true, out var twoDigits, marked: true)
            && !(k + 1 < t.Count && t.Continues(k + 1) && lex.Eras.TryMatch(t, k + 1, out _, out _)))
        {
            end = k + 1;
            reading = new WrittenYear(CalendarKind.Persian, null, null, twoDigits, false).With(1, 1, null, DatePrecision.Year).Resolve(published);
            return true;
        }

        int first, last;
        var digits = DigitsParser.Read(t.TextOf(k));
        if (digits.Shape == DigitsShape.Range && IsYear(digits.Groups[0]) && IsYear(digits.Groups[1]))
        {
            (first, last) = (digits.Groups[0], digits.Groups[1]);
            k++;
        }
        else if (TryYearNumber(t, k, out first))
        {
            last = first;
            k++;
            if (k < t.Count && t.Continues(k) && (IsRangeWord(t, k, out length) || t.IsSymbol(k, '-'))
                && TryYearNumber(t, k + Math.Max(length, 1), out var second))
            {
                last = second;
                k += Math.Max(length, 1) + 1;
            }
        }
        else
        {
            return false;
        }

        CalendarKind? era = null;
        var abbreviated = false;
        if (k < t.Count && t.Continues(k) && lex.Eras.TryMatch(t, k, out var named, out length))
        {
            era = named;
            abbreviated = length == 1 && t.TextOf(k).Length == 1; // «م»: also a metre, so only for years it resolves
            k += length;
        }

        if (!marked && era is null)
        {
            return false;
        }

        var calendar = era ?? CalendarByYear(first);
        var system = CalendarSystem.For(calendar);
        if (!system.IsSupportedYear(first) || !system.IsSupportedYear(last))
        {
            // «سال ۱۷۹۹»: a year, but none the calendars here resolve; located, not dropped
            if (!marked && abbreviated)
            {
                return false;
            }

            reading = new Reading(null, null, DatePrecision.Year, calendar, false, DateProblem.UnsupportedYear);
            end = k;
            return true;
        }

        reading = new Reading(system.Year(first).From, system.Year(last).To, DatePrecision.Year, calendar, false, DateProblem.None);
        end = k;
        return true;
    }

    /// <summary>۱۴۰۰/۰۸/۱۰، 1400-8-10، 2020-11-09، ۹/۱۱/۲۰۲۰.</summary>
    private bool TryNumeric(TokenizedText t, int j, out Reading reading, out int end)
    {
        reading = default;
        end = j + 1;
        if (t.Tokens[j].Kind != TokenKind.Digits || DigitsParser.Read(t.TextOf(j)) is not { Shape: DigitsShape.Date } digits)
        {
            return false;
        }

        var g = digits.Groups;
        var (year, month, day) = g[0] >= 1000 ? (g[0], g[1], g[2]) : g[2] >= 1000 ? (g[2], g[1], g[0]) : (0, 0, 0);
        if (!IsYear(year))
        {
            return false;
        }

        var calendar = CalendarByYear(year);
        if (end < t.Count && t.Continues(end) && lex.Eras.TryMatch(t, end, out var era, out var length))
        {
            calendar = era;
            end += length;
        }

        reading = new DateParts(calendar, year, null, month, day, null, DatePrecision.Day).Resolve(null);
        return true;
    }

    private bool TryRelative(TokenizedText t, int j, DateOnly? published, out DateValue? date, out int next)
    {
        date = null;
        next = j;
        DateOnly from, to;
        DatePrecision precision;
        DayTime? time = null;
        if (lex.RelativeDays.TryMatch(t, j, out var day, out var length))
        {
            if (TodayNamed(t, j, length, day.Offset, day.Part, published, out date, out next))
            {
                return true;
            }

            precision = DatePrecision.Day;
            time = day.Part is { } part ? new DayTime(null, null, part) : null;
            if (published is { } p)
            {
                from = to = p.AddDays(day.Offset);
            }
            else
            {
                from = to = default;
            }
        }
        else if (lex.RelativePeriods.TryMatch(t, j, out var period, out length) && !FollowsAnAmount(t, j))
        {
            precision = period.Unit;
            (from, to) = published is { } p ? Period(p, period) : default;
        }
        else
        {
            return false;
        }

        var span = t.OriginalSpan(j, j + length - 1);
        date = published is null
            ? new DateValue(span, null, null, precision, CalendarKind.Persian, Relative: true, Problem: DateProblem.Unresolved, Time: time, Deictic: true)
            : new DateValue(span, from, to, precision, CalendarKind.Persian, Relative: true, Time: time, Deictic: true);
        next = j + length;
        return true;
    }

    /// <summary>
    /// «امروز چهارشنبه»، «بامداد امروز جمعه ۱۸ مهر ۱۴۰۴»: a relative day with its weekday, and maybe its
    /// date, is one value. A written date wins; a weekday alone picks the day it names next to the
    /// relative one (a publication stamp can be a day off around midnight), never a weekday problem.
    /// </summary>
    private bool TodayNamed(TokenizedText t, int j, int length, int offset, PartOfDay? part, DateOnly? published, out DateValue? date, out int next)
    {
        date = null;
        next = j;
        var k = j + length;
        if (k >= t.Count || !t.Continues(k) || !lex.Weekdays.TryMatch(t, k, out var weekday, out var weekdayLength))
        {
            return false;
        }

        var time = part is { } p0 ? new DayTime(null, null, p0) : null;
        var afterWeekday = k + weekdayLength;
        if (afterWeekday < t.Count && t.Continues(afterWeekday) && TryAbsolute(t, afterWeekday, published, weekday, out var reading, out var end)
            && reading.Precision == DatePrecision.Day)
        {
            var problem = reading.Problem == DateProblem.None && reading.From == reading.To && reading.From!.Value.DayOfWeek != weekday
                ? DateProblem.WeekdayMismatch
                : reading.Problem;
            date = reading.ToValue(t.OriginalSpan(j, end - 1), problem, weekday) with { Time = time };
            next = end;
            return true;
        }

        var span = t.OriginalSpan(j, afterWeekday - 1);
        if (published is not { } p)
        {
            date = new DateValue(span, null, null, DatePrecision.Day, CalendarKind.Persian, Relative: true, Problem: DateProblem.Unresolved, NamedWeekday: weekday, Time: time, Deictic: true);
        }
        else
        {
            var named = p.AddDays(offset);
            foreach (var shift in (ReadOnlySpan<int>)[0, -1, 1])
            {
                if (named.AddDays(shift).DayOfWeek == weekday)
                {
                    named = named.AddDays(shift);
                    break;
                }
            }

            date = new DateValue(span, named, named, DatePrecision.Day, CalendarKind.Persian, Relative: true, NamedWeekday: weekday, Time: time, Deictic: true);
        }

        next = afterWeekday;
        return true;
    }

    // «چند سال گذشته»، «۳۰ سال گذشته»: the past years, not last year.
    private bool FollowsAnAmount(TokenizedText t, int j)
    {
        if (j == 0 || !t.Continues(j))
        {
            return false;
        }

        var previous = t.Tokens[j - 1];
        return previous.Kind == TokenKind.Digits
            || lex.NotBeforeLastYear.TryMatch(t, j - 1, out _, out _)
            || (numbers.Words.TryMatch(t, j - 1, out var word, out var length) && length == 1 && !word.Ordinal);
    }

    /// <summary>Iranian weeks run Saturday to Friday; months and years are Jalali.</summary>
    private static (DateOnly From, DateOnly To) Period(DateOnly published, RelativePeriod period)
    {
        var jalali = CalendarSystem.Persian;
        switch (period.Unit)
        {
            case DatePrecision.Week:
                var saturday = published.AddDays(-(((int)published.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
                var start = saturday.AddDays(7 * period.Offset);
                return (start, start.AddDays(6));
            case DatePrecision.Month:
                var (year, month, _) = jalali.FromDate(published);
                var index = (year * 12) + (month - 1) + period.Offset;
                return jalali.Month(index / 12, (index % 12) + 1);
            default:
                return jalali.Year(jalali.FromDate(published).Year + period.Offset);
        }
    }

    // «زلزله اسفند ۹۸»: the word before the month names an event.
    private bool AfterEventNoun(TokenizedText t, int j) =>
        j > 0 && t.Continues(j) && lex.EventNouns.TryMatch(t, j - 1, out _, out var length) && length == 1;

    /// <summary>
    /// The year after a month: four digits, a relative year (سال گذشته), two digits (۲۱ آبان ۹۶، resolved
    /// later against publication), or four digits outside the calendar's range (kept, as a problem).
    /// </summary>
    /// <param name="dayWritten">A day came before the month, so two digits after it can only be a year.</param>
    /// <param name="afterEvent">The month follows an event's name: two digits after it are its year whatever follows.</param>
    private bool TryYear(TokenizedText t, int k, CalendarKind monthCalendar, bool dayWritten, out WrittenYear written, out int end, bool afterEvent = false)
    {
        written = default;
        end = k;
        if (k >= t.Count || !t.Continues(k))
        {
            return false;
        }

        if (lex.RelativePeriods.TryMatch(t, k, out var period, out var length) && period.Unit == DatePrecision.Year)
        {
            written = new WrittenYear(monthCalendar, null, period.Offset, null, false);
            end = k + length;
            return true;
        }

        var y = k;
        var comma = t.IsSymbol(y, ',') || t.IsSymbol(y, '،');
        if (comma || (t.Is(y, PersianDateWords.Year) && y + 1 < t.Count && t.Continues(y + 1)))
        {
            y++; // «قوس ۳۰، ۱۳۹۹»، «آبان سال ۱۴۰۰»
        }

        if (TryYearNumber(t, y, out var number) && !IsAmountAhead(t, y + 1))
        {
            written = new WrittenYear(monthCalendar, number, null, null, !CalendarSystem.For(monthCalendar).IsSupportedYear(number));
        }
        else if (!comma && TryTwoDigitYear(t, y, monthCalendar, dayWritten, out var twoDigits, marked: y > k || afterEvent))
        {
            written = new WrittenYear(monthCalendar, null, null, twoDigits, false);
        }
        else
        {
            return false;
        }

        end = y + 1;
        if (end < t.Count && t.Continues(end) && lex.Eras.TryMatch(t, end, out _, out length))
        {
            end += length; // the month already fixed the calendar
        }

        return true;
    }

    /// <summary>
    /// «۲۱ آبان ۹۶»، «آذر ۹۷»: two digits after a Jalali month are the year when no unit or scale word
    /// makes them an amount (۲۱ آبان ۹۶ نفر); after a month alone they must not read as a day (over 31, or ۰۱).
    /// </summary>
    /// <param name="marked">After «سال»: the digits are a year whatever follows.</param>
    private bool TryTwoDigitYear(TokenizedText t, int k, CalendarKind calendar, bool dayWritten, out int year, bool marked = false)
    {
        year = 0;
        if (calendar != CalendarKind.Persian || k >= t.Count || t.Tokens[k].Kind != TokenKind.Digits || t.Tokens[k].Length != 2
            || DigitsParser.Read(t.TextOf(k)) is not { Shape: DigitsShape.Integer } digits || IsAmountAhead(t, k + 1))
        {
            return false;
        }

        year = (int)digits.Value;
        return (dayWritten || year > 31 || t.TextOf(k)[0] == '0') && (marked || EndsShortYear(t, k + 1));
    }

    // «۱۰ آبان ۹۶،»، «۱۰ آبان ۹۶ در»: the phrase ends, or goes on with a word that is never counted.
    private bool EndsShortYear(TokenizedText t, int k) =>
        k >= t.Count || !t.Continues(k) || t.Tokens[k].Kind == TokenKind.Symbol || lex.AfterShortYear.TryMatch(t, k, out _, out _)
        || lex.Eras.TryMatch(t, k, out _, out _);

    // A unit, scale or percent after the number makes it an amount, not a year («ساعت» after a date starts its time).
    private bool IsAmountAhead(TokenizedText t, int k) =>
        k < t.Count && t.Continues(k)
        && (t.IsSymbol(k, '%') || (numbers.Units.TryMatch(t, k, out var unit, out _) && unit.Unit.Dimension != Dimension.Time)
            || numbers.OrdinalSuffixes.TryMatch(t, k, out _, out _)
            || (numbers.Words.TryMatch(t, k, out var word, out _) && word.Role == NumberWordRole.Scale));

    private static bool TryYearNumber(TokenizedText t, int k, out int year)
    {
        year = 0;
        if (k >= t.Count || t.Tokens[k].Kind != TokenKind.Digits || t.Tokens[k].Length != 4)
        {
            return false;
        }

        var digits = DigitsParser.Read(t.TextOf(k));
        if (digits.Shape != DigitsShape.Integer || digits.Value < 1000)
        {
            return false;
        }

        year = (int)digits.Value;
        return true;
    }

    private bool TryDay(TokenizedText t, int j, out int day, out int end)
    {
        day = 0;
        end = j;
        if (j >= t.Count)
        {
            return false;
        }

        if (t.Tokens[j].Kind == TokenKind.Digits)
        {
            if (t.Tokens[j].Length > 2 || DigitsParser.Read(t.TextOf(j)) is not { Shape: DigitsShape.Integer } digits
                || digits.Value is < 1 or > 31)
            {
                return false;
            }

            day = (int)digits.Value;
            end = j + 1;
            // «۲۲ام آبان»، «۲۲-ام آبان»: the ordinal ending belongs to the day
            if (end < t.Count && t.Tokens[end].Gap is TokenGap.None or TokenGap.Joiner && numbers.OrdinalSuffixes.TryMatch(t, end, out _, out var suffix))
            {
                end += suffix;
            }
            else if (end + 1 < t.Count && t.IsSymbol(end, '-') && t.Tokens[end].Gap == TokenGap.None && numbers.OrdinalSuffixes.TryMatch(t, end + 1, out _, out suffix))
            {
                end += 1 + suffix;
            }

            return true;
        }

        // دهم آبان، اول فروردین، بیست و یکم مهر
        if (CardinalParser.TryRead(t, j, numbers, out var cardinal) && cardinal.Ordinal && cardinal.Value is >= 1 and <= 31)
        {
            day = (int)cardinal.Value;
            end = cardinal.End;
            return true;
        }

        return false;
    }

    private static bool IsPunctuation(TokenizedText t, int k) => t.Tokens[k].Kind == TokenKind.Symbol;

    private bool IsMonthAhead(TokenizedText t, int k) =>
        k < t.Count && (lex.Months.TryMatch(t, k, out _, out _) || (t.Is(k, PersianDateWords.Month) && lex.Months.TryMatch(t, k + 1, out _, out _)));

    private bool IsRangeWord(TokenizedText t, int k, out int length) => numbers.RangeWords.TryMatch(t, k, out _, out length);

    // «می‌شود»: a month name joined to what follows is part of another word.
    private static bool IsJoinedOn(TokenizedText t, int k) => k < t.Count && t.Tokens[k].Gap is TokenGap.Joiner or TokenGap.None && t.Tokens[k].Kind == TokenKind.Word;

    private static int DayOfYearKey(int month, int day) => (month * 32) + day;

    private static bool IsYear(int year) => year is >= 1200 and <= 2200;

    /// <summary>A year alone: 13xx/14xx is Jalali, 19xx/20xx Gregorian (Hijri needs a lunar month or «قمری»).</summary>
    private static CalendarKind CalendarByYear(int year) => year < 1600 ? CalendarKind.Persian : CalendarKind.Gregorian;

    /// <summary>The named day on or before <paramref name="reference"/>, or within the Saturday–Friday week starting there.</summary>
    private static DateValue Weekday(TextSpan span, DateOnly reference, DayOfWeek day, bool inWeek)
    {
        var date = inWeek ? reference.AddDays(((int)day - (int)DayOfWeek.Saturday + 7) % 7) : LatestOnOrBefore(reference, day);
        return new DateValue(span, date, date, DatePrecision.Day, CalendarKind.Persian, Relative: true, NamedWeekday: day, Deictic: true);
    }

    /// <summary>The Saturday that starts the Iranian week holding the day.</summary>
    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));

    private static DateOnly LatestOnOrBefore(DateOnly published, DayOfWeek day) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)day + 7) % 7));

    /// <summary>A year as written after a month: four digits, relative (سال گذشته), two digits (۹۶), or out of range.</summary>
    private readonly record struct WrittenYear(CalendarKind Calendar, int? Year, int? Relative, int? TwoDigits, bool Unsupported)
    {
        public DateParts With(int month, int day, int? lastDay, DatePrecision precision) =>
            new(Calendar, Year, Relative, month, day, lastDay, precision, TwoDigits, Unsupported);
    }

    /// <summary>A date as written, before it is resolved: the year may be missing, relative, two digits or out of range.</summary>
    private readonly record struct DateParts(
        CalendarKind Calendar, int? Year, int? RelativeYear, int Month, int Day, int? LastDay, DatePrecision Precision,
        int? TwoDigitYear = null, bool UnsupportedYear = false)
    {
        /// <param name="weekday">A weekday named with the date: between last year's day and one just ahead, the one it falls on.</param>
        public Reading Resolve(DateOnly? published, DayOfWeek? weekday = null)
        {
            var system = CalendarSystem.For(Calendar);
            var relative = Year is null;
            int year;
            if (UnsupportedYear)
            {
                return new Reading(null, null, Precision, Calendar, false, DateProblem.UnsupportedYear);
            }

            if (Year is { } y)
            {
                year = y;
            }
            else if (TwoDigitYear is { } yy && published is { } at)
            {
                year = LatestCentury(system.FromDate(at).Year, yy);
            }
            else if (published is not { } p)
            {
                return new Reading(null, null, Precision, Calendar, true, DateProblem.Unresolved);
            }
            else
            {
                var (py, pm, pd) = system.FromDate(p);
                // No year: the latest such day on or before publication. A relative year counts from publication's.
                year = RelativeYear is { } offset ? py + offset
                    : Precision == DatePrecision.Day && DayOfYearKey(Month, Day) > DayOfYearKey(pm, pd) ? py - 1 : py;
                if (RelativeYear is null && Precision == DatePrecision.Day)
                {
                    year = AheadOrBack(system, p, year, Month, LastDay ?? Day, weekday);
                }
            }

            if (Precision == DatePrecision.Year)
            {
                return system.IsSupportedYear(year)
                    ? new Reading(system.Year(year).From, system.Year(year).To, Precision, Calendar, relative, DateProblem.None)
                    : new Reading(null, null, Precision, Calendar, relative, DateProblem.UnsupportedYear);
            }

            if (Precision == DatePrecision.Month)
            {
                if (!system.IsSupportedYear(year))
                {
                    return new Reading(null, null, Precision, Calendar, relative, DateProblem.InvalidDate);
                }

                var (from, to) = system.Month(year, Month);
                return new Reading(from, to, Precision, Calendar, relative, DateProblem.None);
            }

            if (!system.IsValid(year, Month, Day) || (LastDay is { } last && (!system.IsValid(year, Month, last) || last < Day)))
            {
                return new Reading(null, null, Precision, Calendar, relative, DateProblem.InvalidDate);
            }

            return new Reading(system.ToDate(year, Month, Day), system.ToDate(year, Month, LastDay ?? Day), Precision, Calendar, relative, DateProblem.None);
        }
    }

    /// <summary>Days ahead of publication a date with no year may still mean: a preview of next week's conference.</summary>
    private const int FutureReach = 60;

    /// <summary>
    /// A day with no year is its latest occurrence on or before publication: retrospectives («بیانیه ۲۰
    /// آبان» on the eve of its anniversary) outnumber previews. A named weekday that only the next
    /// occurrence, within <see cref="FutureReach"/> days, falls on makes it that one («فردا سه‌شنبه ۲۴ شهریور»).
    /// </summary>
    private static int AheadOrBack(CalendarSystem system, DateOnly published, int pastYear, int month, int day, DayOfWeek? weekday)
    {
        var aheadYear = pastYear + 1;
        if (weekday is not { } w || !system.IsSupportedYear(pastYear) || !system.IsSupportedYear(aheadYear) || !system.IsValid(aheadYear, month, day))
        {
            return pastYear;
        }

        var ahead = system.ToDate(aheadYear, month, day);
        if (ahead.DayNumber - published.DayNumber > FutureReach)
        {
            return pastYear;
        }

        var pastFits = system.IsValid(pastYear, month, day) && system.ToDate(pastYear, month, day).DayOfWeek == w;
        return !pastFits && ahead.DayOfWeek == w ? aheadYear : pastYear;
    }

    private readonly record struct Reading(
        DateOnly? From, DateOnly? To, DatePrecision Precision, CalendarKind Calendar, bool Relative, DateProblem Problem)
    {
        public Reading Through(Reading end) =>
            Problem != DateProblem.None ? this
            : end.Problem != DateProblem.None ? end
            : this with { To = end.To, Relative = Relative || end.Relative };

        public DateValue ToValue(TextSpan span, DateProblem problem, DayOfWeek? weekday) =>
            new(span, From, To, Precision, Calendar, Relative, problem, weekday);
    }
}

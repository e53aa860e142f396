using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values.Numbers;

namespace FactCheck.Values.Dates;

/// <summary>
/// Reads a time of day at a token: [ساعت] ۲۱:۴۸ [part]، ساعت ۲۱ [و ۴۸ دقیقه] [part]، a bare hour before
/// a part that may follow one (۵ بامداد، ۹ صبح), or a part of the day alone (شامگاه). A part alone is
/// an everyday word: the caller keeps it only beside a date.
/// </summary>
internal sealed class TimeReader(DateLexicon lex, NumberLexicon numbers)
{
    public bool TryRead(TokenizedText t, int j, out DayTime time, out int end)
    {
        time = new DayTime(null, null, null);
        end = j;
        var k = j;
        var marked = t.Is(k, PersianDateWords.Hour) && k + 1 < t.Count && t.Continues(k + 1);
        if (marked)
        {
            k++;
        }

        int? hour = null;
        int? minute = null;
        if (k < t.Count && t.Tokens[k].Kind == TokenKind.Digits && DigitsParser.Read(t.TextOf(k)) is { Shape: DigitsShape.Time } clock)
        {
            (hour, minute) = (clock.Groups[0], clock.Groups[1]);
            k++;
            if (t.Is(k, PersianDateWords.Minute) && t.Continues(k))
            {
                k++; // «ساعت ۱۹:۲۸ دقیقه»
            }
        }
        else if (!marked && t.Tokens[k].Kind != TokenKind.Digits)
        {
            // a part of the day alone, read below
        }
        else if (!marked && t.Is(k + 1, PersianDateWords.Minute) && t.Continues(k + 1) && t.Continues(k + 2)
            && lex.PartsOfDay.TryMatch(t, k + 2, out var dawn, out _) && dawn.Part == PartOfDay.Dawn && TwoDigits(t, k, 59) is { } early)
        {
            (hour, minute) = (0, early); // «۲۸ دقیقه بامداد»: 00:28
            k += 2;
        }
        else if (marked && TryWhole(t, k, 24, out var h, out var afterHour))
        {
            hour = h;
            k = afterHour;
            // «ساعت ۲۱ و ۴۸ دقیقه»
            if (k + 2 < t.Count && t.Continues(k) && t.Is(k, PersianNumberWords.And) && TryWhole(t, k + 1, 59, out var m, out var afterMinute)
                && t.Is(afterMinute, PersianDateWords.Minute) && t.Continues(afterMinute))
            {
                minute = m;
                k = afterMinute + 1;
                // «و ۲۰ ثانیه»: seconds are read and passed over; a minute is the finest a report needs
                if (k + 2 < t.Count && t.Continues(k) && t.Is(k, PersianNumberWords.And) && TryWhole(t, k + 1, 59, out _, out var afterSecond)
                    && t.Is(afterSecond, PersianDateWords.Second) && t.Continues(afterSecond))
                {
                    k = afterSecond + 1;
                }
            }
        }
        else if (!marked && k + 1 < t.Count && t.Continues(k + 1) && t.Tokens[k + 1].Kind == TokenKind.Word && lex.PartsOfDay.TryMatch(t, k + 1, out var next, out _) && next.AfterHour
            && TwoDigits(t, k, 24) is { } bare)
        {
            hour = bare; // «۵ بامداد»: a bare hour only before a part that follows hours
            k++;
        }
        else if (marked)
        {
            return false;
        }

        PartOfDay? part = null;
        if (k < t.Count && (k == j || t.Continues(k)) && t.Tokens[k].Kind == TokenKind.Word && lex.PartsOfDay.TryMatch(t, k, out var named, out var length))
        {
            part = named.Part;
            k += length;
        }

        if (hour is null && part is null)
        {
            return false;
        }

        time = new DayTime(hour is { } x && part is { } p ? On24HourClock(x, p) : hour, minute, part);
        end = k;
        return true;
    }

    // One or two digits up to max: a bare hour or minute.
    private static int? TwoDigits(TokenizedText t, int k, int max) =>
        t.Tokens[k].Kind == TokenKind.Digits && t.Tokens[k].Length <= 2 && DigitsParser.Read(t.TextOf(k)) is { Shape: DigitsShape.Integer } d
            && d.Value <= max
            ? (int)d.Value
            : null;

    // A whole number up to max, in digits or words (ساعت نه صبح).
    private bool TryWhole(TokenizedText t, int k, int max, out int value, out int end)
    {
        value = 0;
        end = k;
        if (k >= t.Count || !CardinalParser.TryRead(t, k, numbers, out var c, fractions: false) || c.Ordinal || c.IsVague
            || c.TrailingScale != 0 || decimal.Truncate(c.Value) != c.Value || c.Value < 0 || c.Value > max)
        {
            return false;
        }

        value = (int)c.Value;
        end = c.End;
        return true;
    }

    /// <summary>«۵ عصر» is 17, «۱۲ شب» midnight; an hour already past 12 is kept.</summary>
    private static int On24HourClock(int hour, PartOfDay part) => part switch
    {
        _ when hour > 12 => hour,
        PartOfDay.Noon => hour is >= 1 and <= 5 ? hour + 12 : hour,
        PartOfDay.Afternoon or PartOfDay.Evening => hour < 12 ? hour + 12 : hour,
        PartOfDay.Night => hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour,
        PartOfDay.Dawn => hour == 12 ? 0 : hour,
        _ => hour,
    };
}

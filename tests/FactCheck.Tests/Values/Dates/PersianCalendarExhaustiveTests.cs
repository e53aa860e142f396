using System.Globalization;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values.Dates;

/// <summary>
/// Every day of Jalali years 1300–1500, written as a reader meets it, must read back to the
/// framework's own conversion. Slow and exhaustive, kept apart from the table tests.
/// </summary>
public sealed class PersianCalendarExhaustiveTests
{
    private static readonly string[] MonthNames =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    [Fact]
    public void Every_day_of_1300_to_1500_reads_back_in_words_and_in_digits()
    {
        var calendar = new PersianCalendar();
        var failures = new List<string>();
        var days = 0;
        for (var year = 1300; year <= 1500; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 1; day <= calendar.GetDaysInMonth(year, month); day++)
                {
                    var expected = DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
                    Check($"{Persian(day)} {MonthNames[month - 1]} {Persian(year)}", expected, failures);
                    Check(string.Create(CultureInfo.InvariantCulture, $"{year}/{month:00}/{day:00}"), expected, failures);
                    days++;
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(73_414, days); // 201 years; a change here means the framework's calendar changed
    }

    [Theory]
    [InlineData("۳۰ اسفند ۱۴۰۳", 2025, 3, 20)] // the 2820-year rule gets this wrong
    [InlineData("۱ فروردین ۱۴۰۴", 2025, 3, 21)]
    [InlineData("۶ مهر ۱۳۹۹", 2020, 9, 27)]
    [InlineData("۳۰ اسفند ۱۳۹۹", 2021, 3, 20)]
    public void Pins_the_official_astronomical_calendar(string text, int year, int month, int day)
    {
        var date = Assert.IsType<DateValue>(Assert.Single(ValueRecognizer.Persian.Recognize(text)));
        Assert.Equal(new DateOnly(year, month, day), date.From);
    }

    private static void Check(string text, DateOnly expected, List<string> failures)
    {
        var values = ValueRecognizer.Persian.Recognize(text);
        if ((values is not [DateValue { Precision: DatePrecision.Day } date] || date.From != expected || date.To != expected
            || date.Span.Start != 0 || date.Span.End != text.Length) && failures.Count < 20)
        {
            failures.Add($"«{text}»: expected {expected:yyyy-MM-dd}");
        }
    }

    private static string Persian(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))));
}

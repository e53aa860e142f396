using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values.Dates;

/// <summary>A day written without its year, resolved as a reader would: against publication, a named weekday, or the bracketed restatement.</summary>
public sealed class YearlessDateTests
{
    private static DateValue Read(string input, string published) =>
        Assert.IsType<DateValue>(ValueRecognizer.Persian.Recognize(input, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Last());

    [Theory]
    [InlineData("فردا سه‌شنبه ۲۴ شهریور", "2026-09-14", "2026-09-15")] // a preview: only next week's falls on a Tuesday
    [InlineData("سه‌شنبه ۲۴ شهریور", "2026-09-14", "2026-09-15")]
    [InlineData("دوشنبه ۲۴ شهریور", "2026-09-14", "2025-09-15")]      // last year's was the Monday
    [InlineData("۲۴ شهریور", "2026-09-14", "2025-09-15")]             // no weekday: the latest on or before
    [InlineData("بیانیه ۲۰ آبان", "2021-11-01", "2020-11-10")]         // an anniversary ahead is still last year's
    [InlineData("سه‌شنبه ۲۴ شهریور", "2026-06-01", "2025-09-15")]      // further ahead than a preview reaches
    [InlineData("پنجشنبه ۲۰ آذر", "2026-09-14", "2025-12-11")]
    public void A_day_without_its_year_is_the_latest_unless_a_weekday_says_next(string input, string published, string expected)
    {
        var date = Read(input, published);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.True(date.Relative);
    }

    [Theory]
    [InlineData("شامگاه ۱۹ اردیبهشت (۹ مه ۲۰۲۵)", "2026-05-10", "2025-05-09")]      // the year comes from the bracket
    [InlineData("۹ مه ۲۰۲۵ (۱۹ اردیبهشت)", "2026-05-10", "2025-05-09")]
    [InlineData("پنجشنبه ۱۲ نوامبر (۲۲ آبان ماه)", "2026-09-14", "2020-11-12")]      // no year on either: the year both hold on a Thursday
    [InlineData("۱۲ نوامبر (۲۱ آبان)", "2026-09-14", "2025-11-12")]                  // the calendars drift a day between years
    [InlineData("۱۲ نوامبر (۲۲ آبان)", "2020-11-20", "2020-11-12")]
    public void A_date_restated_in_brackets_is_one_date_whatever_year_it_lacks(string input, string published, string expected)
    {
        var date = Read(input, published);

        Assert.Equal(input, input[date.Span.Start..date.Span.End]);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(DateProblem.None, date.Problem);
    }

    [Theory]
    [InlineData("ساعت ۱۷ امروز چهارشنبه", "2026-08-12", "2026-08-12")]
    [InlineData("امروز پنجشنبه", "2026-08-12", "2026-08-13")]              // published just before midnight: the weekday says which day
    [InlineData("دیروز سه‌شنبه", "2026-08-12", "2026-08-11")]
    [InlineData("بامداد امروز جمعه ۱۸ مهر ۱۴۰۴", "2025-10-12", "2025-10-10")] // a written date wins
    public void A_relative_day_with_its_weekday_is_one_date(string input, string published, string expected)
    {
        var date = Read(input, published);

        Assert.Equal(input, input[date.Span.Start..date.Span.End]);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(DateProblem.None, date.Problem);
    }

    [Theory]
    [InlineData("پنجشنبه ۱۲ نوامبر (۲۵ آبان ماه)", "2026-09-14")]
    [InlineData("۱۲ نوامبر (۲۳ آبان)", "2026-09-14")] // 12 November is 21 or 22 Aban, never 23
    [InlineData("۱۹ اردیبهشت (۱۰ مه ۲۰۲۵)", "2026-05-10")]
    [InlineData("۱۲ نوامبر ۲۰۲۰ (۲۱ آبان ۱۳۹۹)", "2026-05-10")] // 12 November 2020 was 22 Aban
    public void Brackets_that_name_another_day_are_a_clash(string input, string published) =>
        Assert.Equal(DateProblem.DateClash, Read(input, published).Problem);
}

using FactCheck.Values;
using FactCheck.Values.Dates;
using static FactCheck.Tests.Values.Recognize;

namespace FactCheck.Tests.Values.Dates;

public sealed class DateRecognitionTests
{
    private static (string Text, DateValue Date) SingleDate(string text, DateOnly? published = null)
    {
        var values = ValueRecognizer.Persian.Recognize(text, published);
        var value = Assert.Single(values);
        return (text[value.Span.Start..value.Span.End], Assert.IsType<DateValue>(value));
    }

    // text, part read, from, to, precision, calendar
    public static TheoryData<string, string, string, string, DatePrecision, CalendarKind> Absolute => new()
    {
        // Jalali
        { "۱۰ آبان ۱۴۰۰", "۱۰ آبان ۱۴۰۰", "2021-11-01", "2021-11-01", DatePrecision.Day, CalendarKind.Persian },
        { "دهم آبان ماه ۱۴۰۰", "دهم آبان ماه ۱۴۰۰", "2021-11-01", "2021-11-01", DatePrecision.Day, CalendarKind.Persian },
        { "اول فروردین ۱۴۰۰", "اول فروردین ۱۴۰۰", "2021-03-21", "2021-03-21", DatePrecision.Day, CalendarKind.Persian },
        { "بیست و یکم مهر ۱۳۹۹", "بیست و یکم مهر ۱۳۹۹", "2020-10-12", "2020-10-12", DatePrecision.Day, CalendarKind.Persian },
        { "۱۴۰۰/۰۸/۱۰", "۱۴۰۰/۰۸/۱۰", "2021-11-01", "2021-11-01", DatePrecision.Day, CalendarKind.Persian },
        { "1400-8-10", "1400-8-10", "2021-11-01", "2021-11-01", DatePrecision.Day, CalendarKind.Persian },
        { "آبان ۱۴۰۰", "آبان ۱۴۰۰", "2021-10-23", "2021-11-21", DatePrecision.Month, CalendarKind.Persian },
        { "۲۰ مهرماه ۱۴۰۰", "۲۰ مهرماه ۱۴۰۰", "2021-10-12", "2021-10-12", DatePrecision.Day, CalendarKind.Persian },   // month joined to ماه
        { "۲۰ مهر‌ماه ۱۴۰۰", "۲۰ مهر‌ماه ۱۴۰۰", "2021-10-12", "2021-10-12", DatePrecision.Day, CalendarKind.Persian }, // with the joiner
        { "آبان‌ماه سال ۱۳۹۹", "آبان‌ماه سال ۱۳۹۹", "2020-10-22", "2020-11-20", DatePrecision.Month, CalendarKind.Persian },
        { "سال ۱۳۹۹", "سال ۱۳۹۹", "2020-03-20", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "۱۳۹۹ شمسی", "۱۳۹۹ شمسی", "2020-03-20", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        // the 2020 war began on 6 Mehr 1399
        { "۶ مهر ۱۳۹۹", "۶ مهر ۱۳۹۹", "2020-09-27", "2020-09-27", DatePrecision.Day, CalendarKind.Persian },
        { "۲۲ام آبان ۱۳۹۹", "۲۲ام آبان ۱۳۹۹", "2020-11-12", "2020-11-12", DatePrecision.Day, CalendarKind.Persian },   // a digit day with «ام»
        // Afghan (Dari) month names
        { "۱۹ عقرب ۱۳۹۹", "۱۹ عقرب ۱۳۹۹", "2020-11-09", "2020-11-09", DatePrecision.Day, CalendarKind.Persian },
        { "اول حمل ۱۴۰۰", "اول حمل ۱۴۰۰", "2021-03-21", "2021-03-21", DatePrecision.Day, CalendarKind.Persian },
        { "۱۵ حوت ۱۳۹۹", "۱۵ حوت ۱۳۹۹", "2021-03-05", "2021-03-05", DatePrecision.Day, CalendarKind.Persian },
        // Gregorian written in Persian
        { "۹ نوامبر ۲۰۲۰", "۹ نوامبر ۲۰۲۰", "2020-11-09", "2020-11-09", DatePrecision.Day, CalendarKind.Gregorian },
        { "۹ ماه نوامبر سال ۲۰۲۰", "۹ ماه نوامبر سال ۲۰۲۰", "2020-11-09", "2020-11-09", DatePrecision.Day, CalendarKind.Gregorian },
        { "9 نوامبر 2020", "9 نوامبر 2020", "2020-11-09", "2020-11-09", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۱ ماه ژانویه سال ۲۰۲۱", "۱۱ ماه ژانویه سال ۲۰۲۱", "2021-01-11", "2021-01-11", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱ ژانویهٔ ۲۰۲۱", "۱ ژانویهٔ ۲۰۲۱", "2021-01-01", "2021-01-01", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ فوریه ۲۰۲۱", "۲ فوریه ۲۰۲۱", "2021-02-02", "2021-02-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ مارس ۲۰۲۱", "۲ مارس ۲۰۲۱", "2021-03-02", "2021-03-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ آوریل ۲۰۲۱", "۲ آوریل ۲۰۲۱", "2021-04-02", "2021-04-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ مه ۲۰۲۱", "۲ مه ۲۰۲۱", "2021-05-02", "2021-05-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ می ۲۰۲۱", "۲ می ۲۰۲۱", "2021-05-02", "2021-05-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ ژوئن ۲۰۲۱", "۲ ژوئن ۲۰۲۱", "2021-06-02", "2021-06-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ ژوئیه ۲۰۲۱", "۲ ژوئیه ۲۰۲۱", "2021-07-02", "2021-07-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ جولای ۲۰۲۱", "۲ جولای ۲۰۲۱", "2021-07-02", "2021-07-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ اوت ۲۰۲۱", "۲ اوت ۲۰۲۱", "2021-08-02", "2021-08-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ آگوست ۲۰۲۱", "۲ آگوست ۲۰۲۱", "2021-08-02", "2021-08-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ سپتامبر ۲۰۲۱", "۲ سپتامبر ۲۰۲۱", "2021-09-02", "2021-09-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ اکتبر ۲۰۲۱", "۲ اکتبر ۲۰۲۱", "2021-10-02", "2021-10-02", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲ دسامبر ۲۰۲۱", "۲ دسامبر ۲۰۲۱", "2021-12-02", "2021-12-02", DatePrecision.Day, CalendarKind.Gregorian },
        // Dari spellings of Gregorian months
        { "۱۰ سپتمبر ۲۰۲۱", "۱۰ سپتمبر ۲۰۲۱", "2021-09-10", "2021-09-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۰ اکتوبر ۲۰۲۰", "۱۰ اکتوبر ۲۰۲۰", "2020-10-10", "2020-10-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۹ نومبر ۲۰۲۰", "۹ نومبر ۲۰۲۰", "2020-11-09", "2020-11-09", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۰ دسمبر ۲۰۲۰", "۱۰ دسمبر ۲۰۲۰", "2020-12-10", "2020-12-10", DatePrecision.Day, CalendarKind.Gregorian },
        // month and year, year alone, ranges
        { "نوامبر ۲۰۲۰", "نوامبر ۲۰۲۰", "2020-11-01", "2020-11-30", DatePrecision.Month, CalendarKind.Gregorian },
        { "ماه دسامبر ۲۰۲۲", "ماه دسامبر ۲۰۲۲", "2022-12-01", "2022-12-31", DatePrecision.Month, CalendarKind.Gregorian },
        { "در سال ۲۰۲۰ بود", "سال ۲۰۲۰", "2020-01-01", "2020-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "سال‌های ۱۹۹۲ الی ۱۹۹۴ میلادی", "سال‌های ۱۹۹۲ الی ۱۹۹۴ میلادی", "1992-01-01", "1994-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "سالهای ۱۹۹۲ تا ۱۹۹۴", "سالهای ۱۹۹۲ تا ۱۹۹۴", "1992-01-01", "1994-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "از ۱۴ نوامبر تا ۱۰ دسامبر ۲۰۲۰", "۱۴ نوامبر تا ۱۰ دسامبر ۲۰۲۰", "2020-11-14", "2020-12-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲۸ دسامبر تا ۳ ژانویه ۲۰۲۱", "۲۸ دسامبر تا ۳ ژانویه ۲۰۲۱", "2020-12-28", "2021-01-03", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۴ تا ۱۶ نوامبر ۲۰۲۰", "۱۴ تا ۱۶ نوامبر ۲۰۲۰", "2020-11-14", "2020-11-16", DatePrecision.Day, CalendarKind.Gregorian },
        // lunar Hijri (Umm al-Qura)
        { "۱۵ شعبان ۱۴۴۲", "۱۵ شعبان ۱۴۴۲", "2021-03-28", "2021-03-28", DatePrecision.Day, CalendarKind.Hijri },
        { "اول محرم ۱۴۴۲", "اول محرم ۱۴۴۲", "2020-08-20", "2020-08-20", DatePrecision.Day, CalendarKind.Hijri },
        { "۱۰ ذی‌الحجه ۱۴۴۱", "۱۰ ذی‌الحجه ۱۴۴۱", "2020-07-31", "2020-07-31", DatePrecision.Day, CalendarKind.Hijri },
        { "۱ رمضان ۱۴۴۲", "۱ رمضان ۱۴۴۲", "2021-04-13", "2021-04-13", DatePrecision.Day, CalendarKind.Hijri },
    };

    [Theory]
    [MemberData(nameof(Absolute))]
    public void Reads_absolute_dates(string input, string read, string from, string to, DatePrecision precision, CalendarKind calendar)
    {
        var (text, date) = SingleDate(input);

        AssertDate(read, text, date, from, to, precision, calendar);
        Assert.False(date.Relative);
    }

    // published 1400/08/10 = Monday 2021-11-01
    public static TheoryData<string, string, string, DatePrecision> Relative => new()
    {
        { "امروز", "2021-11-01", "2021-11-01", DatePrecision.Day },
        { "دیروز", "2021-10-31", "2021-10-31", DatePrecision.Day },
        { "پریروز", "2021-10-30", "2021-10-30", DatePrecision.Day },
        { "فردا", "2021-11-02", "2021-11-02", DatePrecision.Day },
        { "روز دوشنبه", "2021-11-01", "2021-11-01", DatePrecision.Day }, // publication day itself
        { "سه شنبه", "2021-10-26", "2021-10-26", DatePrecision.Day },
        { "سه‌شنبه", "2021-10-26", "2021-10-26", DatePrecision.Day },
        { "روز جمعه", "2021-10-29", "2021-10-29", DatePrecision.Day },
        { "روز دوشنبه گذشته", "2021-10-25", "2021-10-25", DatePrecision.Day },   // before publication, not on it
        { "دوشنبه هفته گذشته", "2021-10-25", "2021-10-25", DatePrecision.Day },  // Monday of the previous Sat–Fri week
        { "پنجشنبه هفته گذشته", "2021-10-28", "2021-10-28", DatePrecision.Day },
        { "هفته گذشته", "2021-10-23", "2021-10-29", DatePrecision.Week }, // Saturday to Friday
        { "ماه گذشته", "2021-09-23", "2021-10-22", DatePrecision.Month }, // Mehr 1400
        { "سال گذشته", "2020-03-20", "2021-03-20", DatePrecision.Year },  // 1399
        { "سال جاری", "2021-03-21", "2022-03-20", DatePrecision.Year },
        { "امسال", "2021-03-21", "2022-03-20", DatePrecision.Year },
        { "سال آینده", "2022-03-21", "2023-03-20", DatePrecision.Year },
        { "دسامبر سال گذشته", "2020-12-01", "2020-12-31", DatePrecision.Month }, // the Gregorian year before
        { "شهریور سال گذشته", "2020-08-22", "2020-09-21", DatePrecision.Month },
        { "روز ۲۰ مهر ماه", "2021-10-12", "2021-10-12", DatePrecision.Day },
        { "۲۰ آبان", "2020-11-10", "2020-11-10", DatePrecision.Day }, // after 10 Aban: last year's
        { "۹ نوامبر", "2020-11-09", "2020-11-09", DatePrecision.Day },
    };

    [Theory]
    [MemberData(nameof(Relative))]
    public void Resolves_relative_dates_against_the_publication_date(string input, string from, string to, DatePrecision precision)
    {
        var (_, date) = SingleDate(input, new DateOnly(2021, 11, 1));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), date.To);
        Assert.Equal(precision, date.Precision);
        Assert.True(date.Relative);
    }

    [Theory]
    [InlineData("دیروز")]
    [InlineData("روز دوشنبه")]
    [InlineData("سال گذشته")]
    [InlineData("روز ۲۰ مهر ماه")]
    public void Without_a_publication_date_relative_dates_are_unresolved_not_guessed(string input)
    {
        var (_, date) = SingleDate(input);

        Assert.Equal(DateProblem.Unresolved, date.Problem);
        Assert.Null(date.From);
        Assert.Null(date.To);
    }

    [Theory]
    [InlineData("۳۱ اسفند ۱۴۰۲")] // 1402 is not a leap year
    [InlineData("۳۰ فوریه ۲۰۲۱")]
    [InlineData("۳۱ آذر ۱۴۰۰")]   // Azar has 30 days
    [InlineData("۱۴۰۰/۱۳/۰۱")]
    public void A_day_that_does_not_exist_is_invalid_not_shifted(string input)
    {
        var (_, date) = SingleDate(input);

        Assert.Equal(DateProblem.InvalidDate, date.Problem);
        Assert.Null(date.From);
    }

    [Fact]
    public void A_weekday_the_date_does_not_fall_on_is_marked()
    {
        var (text, date) = SingleDate("روز سه شنبه ۱۰ آبان ۱۴۰۰"); // a Monday

        Assert.Equal("روز سه شنبه ۱۰ آبان ۱۴۰۰", text);
        Assert.Equal(DateProblem.WeekdayMismatch, date.Problem);
        Assert.Equal(DayOfWeek.Tuesday, date.NamedWeekday);
        Assert.Equal(new DateOnly(2021, 11, 1), date.From);
    }

    [Fact]
    public void A_weekday_before_a_persian_comma_is_still_checked() =>
        Assert.Equal(DateProblem.WeekdayMismatch, SingleDate("جمعه، ۱۰ آبان ۱۴۰۰").Date.Problem);

    [Fact]
    public void A_lunar_month_resolved_outside_the_lunar_table_is_no_date_and_no_crash() =>
        Assert.Empty(ValueRecognizer.Persian.Recognize("۱۵ رمضان", new DateOnly(2100, 1, 1)));

    [Fact]
    public void A_weekday_that_matches_is_no_problem() =>
        Assert.Equal(DateProblem.None, SingleDate("روز دوشنبه ۱۰ آبان ۱۴۰۰").Date.Problem);

    [Theory]
    [InlineData("به گزارش خبرگزاری مهر امروز")]   // Mehr News Agency
    [InlineData("بهمن گفت که")]                  // a person's name
    [InlineData("آذر به خانه رفت")]
    [InlineData("این کار انجام می‌شود")]         // می is a verb prefix here
    [InlineData("در چند سال گذشته")]             // the past few years, not last year
    [InlineData("صفر")]
    public void Month_names_and_everyday_words_are_not_dates(string input)
    {
        var dates = ValueRecognizer.Persian.Recognize(input, new DateOnly(2021, 11, 1)).OfType<DateValue>()
            .Select(d => input[d.Span.Start..d.Span.End]);
        Assert.All(dates, text => Assert.Equal("امروز", text)); // only «today» is a date in these
    }

    [Fact]
    public void Times_of_day_stand_beside_the_date()
    {
        var values = All("تاریخ انتشار: ۱۰ آبان ۱۴۰۰ - ۲۳:۵۶");
        Assert.Equal(["۱۰ آبان ۱۴۰۰", "۲۳:۵۶"], values.Select(v => v.Text));
        Assert.IsType<DateValue>(values[0].Value);
        Assert.IsType<TimeOfDay>(values[1].Value);
    }
}

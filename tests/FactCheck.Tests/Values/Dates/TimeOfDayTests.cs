using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values.Dates;

/// <summary>Issue 14: times of day and parts of the day, alone and attached to the date they belong to.</summary>
public sealed class TimeOfDayTests
{
    // published 1400/08/10 = Monday 2021-11-01
    private static readonly DateOnly Published = new(2021, 11, 1);

    private static (string Text, Value Value) Single(string input, DateOnly? published = null)
    {
        var value = Assert.Single(ValueRecognizer.Persian.Recognize(input, published ?? Published));
        return (input[value.Span.Start..value.Span.End], value);
    }

    // text, the part read, hour, minute (null: hour only), part of day
    public static TheoryData<string, string, int, int?, PartOfDay?> Clocks => new()
    {
        { "ساعت ۲۱ و ۴۸ دقیقه", "ساعت ۲۱ و ۴۸ دقیقه", 21, 48, null },
        { "ساعت 21 و 48 دقیقه", "ساعت 21 و 48 دقیقه", 21, 48, null },
        { "ساعت بیست و یک و چهل و هشت دقیقه", "ساعت بیست و یک و چهل و هشت دقیقه", 21, 48, null },
        { "ساعت ۹ صبح", "ساعت ۹ صبح", 9, null, PartOfDay.Morning },
        { "ساعت نه صبح", "ساعت نه صبح", 9, null, PartOfDay.Morning },
        { "۵ بامداد", "۵ بامداد", 5, null, PartOfDay.Dawn },
        { "٥ بامداد", "٥ بامداد", 5, null, PartOfDay.Dawn },
        { "ساعت ۵ عصر", "ساعت ۵ عصر", 17, null, PartOfDay.Afternoon },
        { "ساعت ۱۷ عصر", "ساعت ۱۷ عصر", 17, null, PartOfDay.Afternoon },
        { "ساعت ۲ بعدازظهر", "ساعت ۲ بعدازظهر", 14, null, PartOfDay.Afternoon },
        { "ساعت ۲ بعد از ظهر", "ساعت ۲ بعد از ظهر", 14, null, PartOfDay.Afternoon },
        { "ساعت ۱۲ شب", "ساعت ۱۲ شب", 0, null, PartOfDay.Night },
        { "ساعت ۱۰ شب", "ساعت ۱۰ شب", 22, null, PartOfDay.Night },
        { "۲۱:۴۸", "۲۱:۴۸", 21, 48, null },
        { "ساعت ۹:۳۰ صبح", "ساعت ۹:۳۰ صبح", 9, 30, PartOfDay.Morning },
        { "ساعت ۱۹ و ۴۱ دقیقه و ۲۰ثانیه", "ساعت ۱۹ و ۴۱ دقیقه و ۲۰ثانیه", 19, 41, null },
        { "ساعت ۲۰ و ۴۶ دقیقه و ۷ ثانیه به وقت محلی", "ساعت ۲۰ و ۴۶ دقیقه و ۷ ثانیه", 20, 46, null },
        { "ساعت ۱۹:۲۸ دقیقه", "ساعت ۱۹:۲۸ دقیقه", 19, 28, null },
        { "۲۸ دقیقه بامداد", "۲۸ دقیقه بامداد", 0, 28, PartOfDay.Dawn },
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Reads_a_clock_time(string input, string read, int hour, int? minute, PartOfDay? part)
    {
        var (text, value) = Single(input);
        var time = Assert.IsType<TimeOfDay>(value);
        Assert.Equal(read, text);
        Assert.Equal((hour, minute ?? 0, part), (time.Hour, time.Minute, time.Part));
        Assert.Equal(minute is null ? TimePrecision.Hour : TimePrecision.Minute, time.Precision);
    }

    // text, the part read, the day, hour (null: none), minute (null: none), part of day
    public static TheoryData<string, string, string, int?, int?, PartOfDay?> Dated => new()
    {
        { "شب گذشته", "شب گذشته", "2021-10-31", null, null, PartOfDay.Night },
        { "دیشب", "دیشب", "2021-10-31", null, null, PartOfDay.Night },
        { "شامگاه یکشنبه", "شامگاه یکشنبه", "2021-10-31", null, null, PartOfDay.Evening },
        { "بامداد امروز", "بامداد امروز", "2021-11-01", null, null, PartOfDay.Dawn },
        { "عصر دیروز", "عصر دیروز", "2021-10-31", null, null, PartOfDay.Afternoon },
        { "صبح روز دوشنبه", "صبح روز دوشنبه", "2021-11-01", null, null, PartOfDay.Morning },
        { "دوشنبه شب", "دوشنبه شب", "2021-11-01", null, null, PartOfDay.Night },
        { "ساعت ۱۷ عصر دوشنبه", "ساعت ۱۷ عصر دوشنبه", "2021-11-01", 17, null, PartOfDay.Afternoon },
        { "ساعت ۱۷ عصر روز یکشنبه", "ساعت ۱۷ عصر روز یکشنبه", "2021-10-31", 17, null, PartOfDay.Afternoon },
        { "۲۱ آبان ۱۳۹۶ ساعت ۲۱ و ۴۸ دقیقه", "۲۱ آبان ۱۳۹۶ ساعت ۲۱ و ۴۸ دقیقه", "2017-11-12", 21, 48, null },
        { "ساعت ۲۱ و ۴۸ دقیقه یکشنبه ۲۱ آبان ۱۳۹۶", "ساعت ۲۱ و ۴۸ دقیقه یکشنبه ۲۱ آبان ۱۳۹۶", "2017-11-12", 21, 48, null },
        { "ساعت ۲۱:۴۸ روز ۲۱ آبان ۱۳۹۶", "ساعت ۲۱:۴۸ روز ۲۱ آبان ۱۳۹۶", "2017-11-12", 21, 48, null },
        { "بامداد ۱۰ آبان", "بامداد ۱۰ آبان", "2021-11-01", null, null, PartOfDay.Dawn },
        { "۱۰ آبان‌ماه ساعت ۹ صبح", "۱۰ آبان‌ماه ساعت ۹ صبح", "2021-11-01", 9, null, PartOfDay.Morning },
        { "۲۸ دقیقه بامداد روز چهارشنبه", "۲۸ دقیقه بامداد روز چهارشنبه", "2021-10-27", 0, 28, PartOfDay.Dawn },
        { "شامگاه سه‌شنبه ۱۸ آذرماه ۱۴۰۴", "شامگاه سه‌شنبه ۱۸ آذرماه ۱۴۰۴", "2025-12-09", null, null, PartOfDay.Evening },
        { "یکشنبه شب", "یکشنبه شب", "2021-10-31", null, null, PartOfDay.Night },
        { "شامگاه سه شنبه ۱۸ آذر ماه ۱۴۰۴", "شامگاه سه شنبه ۱۸ آذر ماه ۱۴۰۴", "2025-12-09", null, null, PartOfDay.Evening },
        { "ساعت ٢١:٤٨ روز ٢١ آبان ١٣٩٦", "ساعت ٢١:٤٨ روز ٢١ آبان ١٣٩٦", "2017-11-12", 21, 48, null },
        { "ساعت ۲۰:۰۷ روز یکشنبه", "ساعت ۲۰:۰۷ روز یکشنبه", "2021-10-31", 20, 7, null },
    };

    [Theory]
    [MemberData(nameof(Dated))]
    public void Attaches_a_time_or_part_of_day_to_its_date(string input, string read, string day, int? hour, int? minute, PartOfDay? part)
    {
        var (text, value) = Single(input);
        var date = Assert.IsType<DateValue>(value);
        Assert.Equal(read, text);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(date.From, date.To);
        Assert.NotNull(date.Time);
        Assert.Equal((hour, minute, part), (date.Time.Hour, date.Time.Minute, date.Time.Part));
    }

    [Theory]
    [InlineData("صبح")]
    [InlineData("شب خوبی بود")]
    [InlineData("در عصر حاضر")]
    public void A_part_of_day_alone_is_no_value(string input) =>
        Assert.Empty(ValueRecognizer.Persian.Recognize(input, Published));

    [Fact]
    public void Three_nights_are_not_three_oclock() =>
        Assert.DoesNotContain(ValueRecognizer.Persian.Recognize("۳ شب در بیمارستان ماند", Published), v => v is TimeOfDay);

    [Fact]
    public void A_duration_in_hours_is_not_a_clock_time()
    {
        var (text, value) = Single("در ۲۴ ساعت گذشته");
        Assert.Equal("۲۴ ساعت", text);
        Assert.Equal(DurationUnit.Hour, Assert.IsType<Duration>(value).Unit);
    }

    [Fact]
    public void The_time_is_printed_with_its_precision()
    {
        Assert.Equal("21:48", ValueNames.Of(new DayTime(21, 48, null)));
        Assert.Equal("09h morning", ValueNames.Of(new DayTime(9, null, PartOfDay.Morning)));
        Assert.Equal("evening", ValueNames.Of(new DayTime(null, null, PartOfDay.Evening)));
        Assert.Equal(TimePrecision.PartOfDay, new DayTime(null, null, PartOfDay.Evening).Precision);
    }

    // published 1399/08/30 = 2020-11-20; 12 November 2020 was a Thursday, 22 Aban 1399
    [Theory]
    [InlineData("پنجشنبه ۱۲ نوامبر (۲۲ آبان ماه)", DateProblem.None)]
    [InlineData("پنجشنبه ١٢ نوامبر (٢٢ آبان‌ماه)", DateProblem.None)]
    [InlineData("پنجشنبه ۱۲ نوامبر (۲۳ آبان ماه)", DateProblem.DateClash)]
    [InlineData("۱۲ نوامبر ۲۰۲۰ (۲۲ آبان ۱۳۹۹)", DateProblem.None)]
    public void One_date_in_two_calendars_is_one_date(string input, DateProblem problem)
    {
        var (text, value) = Single(input, new DateOnly(2020, 11, 20));
        var date = Assert.IsType<DateValue>(value);
        Assert.Equal(input, text);
        Assert.Equal(new DateOnly(2020, 11, 12), date.From);
        Assert.Equal(problem, date.Problem);
    }

    // published 1396/08/29 = 2017-11-20; 21 Aban 1396 was Sunday 12 November 2017
    [Theory]
    [InlineData("شامگاه یکشنبه (بیست و یکم آبان ماه)", DateProblem.None)]
    [InlineData("شامگاه یکشنبه (۲۱ آبان)", DateProblem.None)]
    [InlineData("شامگاه دوشنبه (بیست و یکم آبان ماه)", DateProblem.WeekdayMismatch)]
    public void A_weekday_with_its_date_in_brackets_is_one_date(string input, DateProblem problem)
    {
        var (text, value) = Single(input, new DateOnly(2017, 11, 20));
        var date = Assert.IsType<DateValue>(value);
        Assert.Equal(input, text);
        Assert.Equal(new DateOnly(2017, 11, 12), date.From);
        Assert.Equal(PartOfDay.Evening, date.Time?.Part);
        Assert.Equal(problem, date.Problem);
    }
}

using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values.Dates;

/// <summary>Issue 14: short and abbreviated years, decades, Dari and wire formats, page chrome.</summary>
public sealed class RealCopyDateTests
{
    // published 1400/08/10 = Monday 2021-11-01
    private static readonly DateOnly Published = new(2021, 11, 1);

    private static IReadOnlyList<(string Text, Value Value)> All(string input, DateOnly? published) =>
        [.. ValueRecognizer.Persian.Recognize(input, published).Select(v => (input[v.Span.Start..v.Span.End], v))];

    // text, part read, from, to, precision, calendar
    public static TheoryData<string, string, string, string, DatePrecision, CalendarKind> Rows => new()
    {
        // two-digit years: the latest such year not after publication
        { "زلزله ۲۱ آبان ۹۶", "۲۱ آبان ۹۶", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبان 96", "۲۱ آبان 96", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبان‌ماه ٩٦", "۲۱ آبان‌ماه ٩٦", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبانماه ۹۶", "۲۱ آبانماه ۹۶", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبان ۹۶ در کرمانشاه", "۲۱ آبان ۹۶", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبان ۹۶، کرمانشاه", "۲۱ آبان ۹۶", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله ۲۱ آبان سال ۹۶", "۲۱ آبان سال ۹۶", "2017-11-12", "2017-11-12", DatePrecision.Day, CalendarKind.Persian },
        { "زلزله یکشنبه چهارم آذر ۹۷", "یکشنبه چهارم آذر ۹۷", "2018-11-25", "2018-11-25", DatePrecision.Day, CalendarKind.Persian },
        { "در سال ۹۷", "سال ۹۷", "2018-03-21", "2019-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "آذر ۹۷", "آذر ۹۷", "2018-11-22", "2018-12-21", DatePrecision.Month, CalendarKind.Persian },
        { "آذر ماه ۹۷", "آذر ماه ۹۷", "2018-11-22", "2018-12-21", DatePrecision.Month, CalendarKind.Persian },
        // era marks, abbreviated
        { "۱۳۹۹ ه.ش", "۱۳۹۹ ه.ش", "2020-03-20", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "۱۳۹۹ هـ.ش", "۱۳۹۹ هـ.ش", "2020-03-20", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "۱۳۹۹ ه ش", "۱۳۹۹ ه ش", "2020-03-20", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "۲۰۲۰ م", "۲۰۲۰ م", "2020-01-01", "2020-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "2020 م", "2020 م", "2020-01-01", "2020-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "۱۴۴۲ ه.ق", "۱۴۴۲ ه.ق", "2020-08-20", "2021-08-08", DatePrecision.Year, CalendarKind.Hijri },
        // decades: ten years, not the number 1990
        { "در دهه ۱۹۹۰", "دهه ۱۹۹۰", "1990-01-01", "1999-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "در دهه 1990", "دهه 1990", "1990-01-01", "1999-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "در دهه ۷۰", "دهه ۷۰", "1991-03-21", "2001-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "در دهه هفتاد", "دهه هفتاد", "1991-03-21", "2001-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "در دهه‌ی ۹۰", "دهه‌ی ۹۰", "2011-03-21", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "در دهه ی ۹۰", "دهه ی ۹۰", "2011-03-21", "2021-03-20", DatePrecision.Year, CalendarKind.Persian },
        { "در دهه ٧٠ میلادی", "دهه ٧٠ میلادی", "1970-01-01", "1979-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        { "در دهه ۷۰ میلادی", "دهه ۷۰ میلادی", "1970-01-01", "1979-12-31", DatePrecision.Year, CalendarKind.Gregorian },
        // Dari and wire formats
        { "قوس ۳۰، ۱۳۹۹", "قوس ۳۰، ۱۳۹۹", "2020-12-20", "2020-12-20", DatePrecision.Day, CalendarKind.Persian },
        { "قوس ۳۰ ۱۳۹۹", "قوس ۳۰ ۱۳۹۹", "2020-12-20", "2020-12-20", DatePrecision.Day, CalendarKind.Persian },
        { "اکتوبر ۱۰، ۲۰۲۰", "اکتوبر ۱۰، ۲۰۲۰", "2020-10-10", "2020-10-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۰، اکتوبر ۲۰۲۰", "۱۰، اکتوبر ۲۰۲۰", "2020-10-10", "2020-10-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۱۰، اکتوبر", "۱۰، اکتوبر", "2021-10-10", "2021-10-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "۲۷، سپتامبر", "۲۷، سپتامبر", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Gregorian },
        { "۵میزان", "۵میزان", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Persian },
        { "٥میزان", "٥میزان", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Persian },
        { "روز ۵ میزان، نشست برگزار شد", "روز ۵ میزان", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Persian },
        { "نشست ۵ میزان در کابل برگزار شد", "۵ میزان", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Persian },
        { "۳۰ قوس", "۳۰ قوس", "2020-12-20", "2020-12-20", DatePrecision.Day, CalendarKind.Persian },
        // a plain ordinal day before a Dari month, where a date's word or a comma follows
        { "از اول میزان تا", "اول میزان", "2021-09-23", "2021-09-23", DatePrecision.Day, CalendarKind.Persian },
        { "تا پایان پنجم میزان، همه", "پنجم میزان", "2021-09-27", "2021-09-27", DatePrecision.Day, CalendarKind.Persian },
        // «می» (May in Dari) and «مه» without a year, when a word no verb follows comes next
        { "از ۱۰ می تاکنون", "۱۰ می", "2021-05-10", "2021-05-10", DatePrecision.Day, CalendarKind.Gregorian },
        { "روز ۹ مه در کابل", "روز ۹ مه", "2021-05-09", "2021-05-09", DatePrecision.Day, CalendarKind.Gregorian },
        // after an event's name, a month and two digits are its date whatever word follows
        { "زلزله ریشتری اسفند ۹۸ چمنار", "اسفند ۹۸", "2020-02-20", "2020-03-19", DatePrecision.Month, CalendarKind.Persian },
        { "سیل فروردین ۹۸ شیراز", "فروردین ۹۸", "2019-03-21", "2019-04-20", DatePrecision.Month, CalendarKind.Persian },
        { "زمین‌لرزه آبان ۹۶ کرمانشاه", "آبان ۹۶", "2017-10-23", "2017-11-21", DatePrecision.Month, CalendarKind.Persian },
        { "8 Oct 2020", "8 Oct 2020", "2020-10-08", "2020-10-08", DatePrecision.Day, CalendarKind.Gregorian },
        { "۸ October ۲۰۲۰", "۸ October ۲۰۲۰", "2020-10-08", "2020-10-08", DatePrecision.Day, CalendarKind.Gregorian },
        { "2024 November 14", "2024 November 14", "2024-11-14", "2024-11-14", DatePrecision.Day, CalendarKind.Gregorian },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads(string input, string read, string from, string to, DatePrecision precision, CalendarKind calendar)
    {
        var (text, value) = Assert.Single(All(input, Published));
        Recognize.AssertDate(read, text, Assert.IsType<DateValue>(value), from, to, precision, calendar);
    }

    [Theory]
    [InlineData("زلزله ۲۱ آبان ۹۶", "۲۱ آبان ۹۶")]
    [InlineData("در سال ۹۷", "سال ۹۷")]
    [InlineData("در دهه ۷۰", "دهه ۷۰")]
    public void A_two_digit_year_without_a_publication_date_is_unresolved_not_dropped(string input, string read)
    {
        var (text, value) = Assert.Single(All(input, null));
        Assert.Equal(read, text);
        Assert.Equal(DateProblem.Unresolved, Assert.IsType<DateValue>(value).Problem);
    }

    [Theory]
    [InlineData("۹ نوامبر ۱۷۹۹", "۹ نوامبر ۱۷۹۹")]
    [InlineData("در سال ۱۷۹۹ میلادی", "سال ۱۷۹۹ میلادی")]
    [InlineData("۱ فروردین ۱۱۰۰", "۱ فروردین ۱۱۰۰")]
    public void A_year_outside_the_supported_range_is_a_located_problem(string input, string read)
    {
        var (text, value) = Assert.Single(All(input, Published));
        var date = Assert.IsType<DateValue>(value);
        Assert.Equal(read, text);
        Assert.Equal(DateProblem.UnsupportedYear, date.Problem);
        Assert.Null(date.From);
    }

    [Theory]
    [InlineData("در ۲۱ آبان ۹۶ نفر کشته شدند", "۲۱ آبان|۹۶ نفر")]  // an amount after the date, not its year
    [InlineData("۱۰ آبان ۱۰۰۰ نفر", "۱۰ آبان|۱۰۰۰ نفر")]
    [InlineData("در سیل ۱۰ آبان ۲۰ خانه تخریب شد", "۱۰ آبان|۲۰")]      // a count of houses, not the year 1320
    [InlineData("در سیل ۱۰ آبان ۹۰ خانه تخریب شد", "۱۰ آبان|۹۰")]
    [InlineData("در سیل آبان ۲۰ خانه تخریب شد", "۲۰")]                // after an event too, a possible day is no year
    [InlineData("در اسفند ۹۸ خانه ویران شد", "۹۸")]                   // no event named: a count of houses
    [InlineData("شمار آنها ۱۰ می شود", "۱۰")]                         // the verb prefix «می», not May
    [InlineData("قیمت ها ۲۰ می رسد", "۲۰")]
    [InlineData("به میزان ۵ درصد", "۵ درصد")]
    [InlineData("بشار اسد گفت", "")]
    [InlineData("در گام اول میزان خسارت را سنجیدند", "اول")]            // «first, the amount», not 1 Mizan
    [InlineData("اولین میزان تا امروز", "اولین|امروز")]              // «the first level»
    [InlineData("۲ دلو آب آوردند", "۲")]                          // buckets, not the month Dalw
    [InlineData("۱۰ سرطان شایع", "۱۰")]                          // cancers, not the month Saratan
    [InlineData("ارتفاع ۱۵۰۰ م", "۱۵۰۰")]                        // «م» a metre, not an era
    [InlineData("کد خبر ۱۵۳۹۸۰", "")]
    [InlineData("۱۳:۵۵ - ۲۰ آذر ۱۳۹۶", "۱۳:۵۵|۲۰ آذر ۱۳۹۶")]      // a publication header
    [InlineData("2024 November 14 - ۱۱ جمادی الاول ۱۴۴۶", "2024 November 14|۱۱ جمادی الاول ۱۴۴۶")] // a crawl banner
    public void Reads_no_date_or_range_that_is_not_there(string input, string reads)
    {
        var values = All(input, Published);
        Assert.Equal(reads, string.Join('|', values.Select(v => v.Text)));
        Assert.DoesNotContain(values, v => v.Value.Kind == ValueKind.Range);
    }
}

using System.Globalization;
using FactCheck.Tests.Fixtures;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values;

/// <summary>
/// Every value in every sentence of the five seed articles, as a careful reader takes it, resolved
/// against each article's publication date. Written out by hand: a change here is a change in meaning.
/// </summary>
public sealed class SeedValuesTests
{
    public static TheoryData<string, string[]> Seeds => new()
    {
        {
            "000_e7ad95d23837b17a.txt",
            [
                "سه | number 3 [3..3] - exact",                      // دیدار سه جانبه
                "روز دوشنبه | date 2021-01-11..2021-01-11 day relative",
                "امروز | date 2021-01-11..2021-01-11 day relative",
                "روز ۹ ماه نوامبر سال ۲۰۲۰ | date 2020-11-09..2020-11-09 day",
                "۲۳ | number 23 [23..23] - exact",                    // ۲۳ مقر بازرسی
                "چهار | number 4 [4..4] - exact",                     // چهار مقر دیگر (Lachin corridor)
                "روز ۱۴ ماه نوامبر سال ۲۰۲۰ | date 2020-11-14..2020-11-14 day",
                "بیش از ۴۸ هزار نفر | number 48000 [48000..] person more-than",
                "دو | number 2 [2..2] - exact",
                "۸۰۰ تن | number 800 [750..850] t exact",
                "بیش از ۱.۵ میلیون تن | number 1500000 [1500000..] t more-than",
                "۴۷۹ هکتار | number 479 [479..479] ha exact",
                "امروز | date 2021-01-11..2021-01-11 day relative",
            ]
        },
        {
            "001_43bea8207291e476.txt",
            [
                "روز جمعه | date 2020-12-18..2020-12-18 day relative",
                "دو | number 2 [2..2] - exact",
                "سه | number 3 [3..3] - exact",
                "سال 2020 | date 2020-01-01..2020-12-31 year",
                "سال جاری | date 2020-03-20..2021-03-20 year relative", // Jalali 1399
                "سال جاری | date 2020-03-20..2021-03-20 year relative",
                "امروز | date 2020-12-18..2020-12-18 day relative",
                "دوم | ordinal 2 [2..2] - exact",                     // جنگ جهانی دوم
            ]
        },
        {
            "002_25880a7db64d84cd.txt",
            [
                "امروز | date 2022-12-26..2022-12-26 day relative",
                "دیروز | date 2022-12-25..2022-12-25 day relative",
                "اول | ordinal 1 [1..1] - exact",                     // در درجه اول
                "سه | number 3 [3..3] - exact",
                "دو | number 2 [2..2] - exact",
                "سال ۲۰۲۰ | date 2020-01-01..2020-12-31 year",
                "هزاران نفر | number - [1000..9999] person about",   // vague: never a precise claim
            ]
        },
        {
            "003_9f977fb7910c05ec.txt",
            [
                "روز سه شنبه | date 2021-09-28..2021-09-28 day relative",
                "سال گذشته | date 2020-03-20..2021-03-20 year relative",
                "تقریباً در یک سال | duration 1 [0.9..1.1] year about",
                "9 نوامبر 2020 | date 2020-11-09..2020-11-09 day",
                "9 نوامبر 2020 | date 2020-11-09..2020-11-09 day",
                "روز شنبه | date 2021-09-25..2021-09-25 day relative",
                "شهریور سال گذشته | date 2020-08-22..2020-09-21 month relative", // Shahrivar 1399
                "دو ماه | duration 2 [2..2] month exact",
                "دو | number 2 [2..2] - exact",
            ]
        },
        {
            "004_840ad37251b4b345.txt",
            [
                "۱۰ آبان ۱۴۰۰ | date 2021-11-01..2021-11-01 day",     // کد خبر 1293642 is not a value
                "۲۳:۵۶ | time 23:56",
                "روز دوشنبه | date 2021-11-01..2021-11-01 day relative",
                "روز ۹ ماه نوامبر سال ۲۰۲۰ | date 2020-11-09..2020-11-09 day",
                "۱۱ ماه ژانویه سال ۲۰۲۱ | date 2021-01-11..2021-01-11 day",
                "سه | number 3 [3..3] - exact",
                "دو | number 2 [2..2] - exact",
                "دو | number 2 [2..2] - exact",
                "روز ۲۰ مهر ماه | date 2021-10-12..2021-10-12 day relative",
                "دو | number 2 [2..2] - exact",
                "امروز | date 2021-11-01..2021-11-01 day relative",
                "امروز | date 2021-11-01..2021-11-01 day relative",
                "امروز | date 2021-11-01..2021-11-01 day relative",
                "چهارمین | ordinal 4 [4..4] - exact",
                "دو | number 2 [2..2] - exact",
                "سالهای ۱۹۹۲ الی ۱۹۹۴ میلادی | date 1992-01-01..1994-12-31 year",
                "هفت | number 7 [7..7] - exact",
                "نزدیک به ۳۰ سال | duration 30 [27..30] year nearly",
                "۴۴ روزه | duration 44 [44..44] day exact",
                "سال گذشته | date 2020-03-20..2021-03-20 year relative", // the 44-day war of 1399
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reads_every_value_of_the_seed(string seed, string[] expected)
    {
        var article = FixtureFiles.Seed(seed);
        var body = article.Body;

        var values = ValueRecognizer.Persian.Recognize(body, article.Metadata.Published);

        Assert.Equal(expected, values.Select(v => $"{body[v.Span.Start..v.Span.End]} | {Describe(v)}"));
    }

    private static string Describe(Value value) => value switch
    {
        Quantity q => $"{Name(q.Kind)} {N(q.Nominal)} [{N(q.Min)}..{N(q.Max, "")}] {q.Unit?.Code ?? "-"} {ValueNames.Of(q.Qualifier)}",
        Duration d => $"duration {N(d.Nominal)} [{N(d.Min)}..{N(d.Max, "")}] {d.Unit.ToString().ToLowerInvariant()} {ValueNames.Of(d.Qualifier)}",
        DateValue d => $"date {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd} {d.Precision.ToString().ToLowerInvariant()}{(d.Relative ? " relative" : "")}",
        TimeOfDay t => $"time {t.Hour:00}:{t.Minute:00}",
        _ => value.Kind.ToString(),
    };

    private static string Name(ValueKind kind) => kind.ToString().ToLowerInvariant();

    private static string N(decimal? n, string none = "-") =>
        n is { } v ? ValueNames.Canonical(v).ToString(CultureInfo.InvariantCulture) : none;
}

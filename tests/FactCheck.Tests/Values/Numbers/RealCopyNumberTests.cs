using FactCheck.Values;
using static FactCheck.Tests.Values.Recognize;

namespace FactCheck.Tests.Values.Numbers;

/// <summary>
/// Issue 14: the forms real Persian and Dari copy writes amounts in. The sentences are ours; each form
/// also appears in other digit systems and with and without the joiner.
/// </summary>
public sealed class RealCopyNumberTests
{
    // text, the amount read, value, unit
    public static TheoryData<string, string, string?, string?> TanRows => new()
    {
        // تن counting people in casualty reporting
        { "در این زلزله ۶۲۰ تن جان باختند", "۶۲۰ تن", "620", "person" },
        { "در این زلزله 620 تن جان باختند", "620 تن", "620", "person" },
        { "شمار قربانیان به ۴۰۷ تن رسید", "۴۰۷ تن", "407", "person" },
        { "تاکنون ۶۲ هزار تن به خانه های شان بازگشته اند", "۶۲ هزار تن", "62000", "person" }, // returns count people
        { "۳۰۰ تن از باشندگان بیجا شده اند", "۳۰۰ تن", "300", "person" },
        { "شمار جان‌باختگان به ٤٠٧ تن رسید", "٤٠٧ تن", "407", "person" },
        { "شمار جانباختگان به ۴۰۷ تن رسید", "۴۰۷ تن", "407", "person" },
        { "از این میان یک تن مجهول‌الهویه است", "یک تن", "1", "person" },
        { "از این میان یک تن مجهول الهویه است", "یک تن", "1", "person" },
        { "۲۹۰ تن با سوختگی به بیمارستان منتقل شدند", "۲۹۰ تن", "290", "person" },
        { "۱۲ تن از مصدومان در بیمارستان بستری هستند", "۱۲ تن", "12", "person" },
        { "هفده تن بر اثر ریزش آوار در بیمارستان درگذشتند", "هفده تن", "17", "person" },
        // a casualty noun a few words before the amount
        { "شمار نهایی کشته شدگان جنگ را ۴ هزار و ۳۹۰ تن اعلام کرد", "۴ هزار و ۳۹۰ تن", "4390", "person" },
        { "شمار بیجاشدگان به ۱۸۲ هزار تن رسیده است", "۱۸۲ هزار تن", "182000", "person" },
        { "آوارگان جنگ را ۴۰ هزار تن برآورد کرد", "۴۰ هزار تن", "40000", "person" },
        // a vague amount of people
        { "ده‌ها تن زیر آوار ماندند", "ده‌ها تن", null, "person" },
        { "دهها تن", "دهها تن", null, "person" },
        { "صدها تن در خیابان‌ها", "صدها تن", null, "person" },
        // tonnes stay tonnes in cargo and aid
        { "۸۰۰ تن مصالح ساختمانی ارسال شد", "۸۰۰ تن", "800", "t" },
        { "۸۰۰ تن کمک به مناطق زلزله‌زده منتقل شد", "۸۰۰ تن", "800", "t" },
        { "ده‌ها تن مواد غذایی", "ده‌ها تن", null, "t" },
        { "۵۰ تن آرد و برنج برای بیمارستان‌ها", "۵۰ تن", "50", "t" },
        { "ظرفیت تولید به ۲۰۰ تن رسید", "۲۰۰ تن", "200", "t" },
        { "سهم سیل‌زدگان ۱۴۵۰ تن کمک بود", "۱۴۵۰ تن", "1450", "t" },                  // a cargo word after decides first
        { "آوارگان جنگ در اردوگاه‌ها، ۴۰ تن گرفتند", "۴۰ تن", "40", "t" },              // a comma between: not the amount's noun
        { "کشته شدگان جنگ در دره سورک و روستاهای ۲۰ تن", "۲۰ تن", "20", "t" },       // more than three words between
    };

    [Theory]
    [MemberData(nameof(TanRows))]
    public void Tan_counts_people_in_casualty_reporting_and_tonnes_in_cargo(string input, string read, string? value, string? unit)
    {
        var (text, q) = Single(input);
        Assert.Equal(read, text);
        Assert.Equal(D(value), q.Nominal);
        Assert.Equal(unit, q.Unit?.Code);
    }

    [Fact]
    public void Tan_at_the_end_of_a_list_of_places_counts_people_as_the_list_does()
    {
        var values = All("سرپل ذهاب: ۵۵۹ نفر، ثلاث باباجانی: ۲۳ تن");
        Assert.Equal(["۵۵۹ نفر", "۲۳ تن"], values.Select(v => v.Text));
        Assert.Equal("person", Assert.IsType<Quantity>(values[1].Value).Unit?.Code);
    }

    // text, the amount read, value, unit code
    public static TheoryData<string, string, string, string> UnitRows => new()
    {
        { "زلزله‌ای به بزرگی ۷.۳ ریشتر", "۷.۳ ریشتر", "7.3", "richter" },
        { "زلزله‌ای به بزرگی ۶ درجه ریشتر", "۶ درجه ریشتر", "6", "richter" },
        { "زلزله ۵ ریشتری", "۵ ریشتری", "5", "richter" },
        { "زمین‌لرزه‌ای به بزرگی ۶.۴ درجه در مقیاس امواج درونی زمین (ریشتر) رخ داد", "۶.۴ درجه در مقیاس امواج درونی زمین (ریشتر)", "6.4", "richter" },
        { "زمین‌لرزه‌ای به بزرگی ۴.۳ در مقیاس امواج درونی زمین", "۴.۳ در مقیاس امواج درونی زمین", "4.3", "richter" },
        { "به بزرگی 5.1 درجه در مقیاس ریشتر", "5.1 درجه در مقیاس ریشتر", "5.1", "richter" },
        { "در عمق ۱۰ کیلومتری زمین", "۱۰ کیلومتری", "10", "km" },
        { "ساختمانی ۲۰۰ متری", "۲۰۰ متری", "0.2", "km" },
        { "در زمینی ۵ هکتاری", "۵ هکتاری", "5", "ha" },
        { "۳۰۰ لیتر آب", "۳۰۰ لیتر", "300", "l" },
        { "۲ بشکه", "۲ بشکه", "317.974589856", "l" },
        { "نیروگاه ۱۰۰۰ مگاواتی", "۱۰۰۰ مگاواتی", "1000", "MW" },
        { "۵۰۰ مگاوات برق", "۵۰۰ مگاوات", "500", "MW" },
        { "۲۴ ساعت", "۲۴ ساعت", "24", "hour" },
        { "در ۳۰ ثانیه", "۳۰ ثانیه", "30", "second" },
        { "۴۵ دقیقه", "۴۵ دقیقه", "45", "minute" },
    };

    [Theory]
    [MemberData(nameof(UnitRows))]
    public void Reads_the_units_of_disaster_and_energy_reporting(string input, string read, string value, string unit)
    {
        var (text, v) = Assert.Single(All(input));
        Assert.Equal(read, text);
        switch (v)
        {
            case Quantity q:
                Assert.Equal(D(value), q.Nominal);
                Assert.Equal(unit, q.Unit?.Code);
                break;
            case FactCheck.Values.Dates.Duration d:
                Assert.Equal(D(value), d.Nominal);
                Assert.Equal(unit, FactCheck.Values.Dates.DurationUnits.Name(d.Unit));
                break;
            default:
                Assert.Fail($"not an amount: {v}");
                break;
        }
    }
    // text, the amount read, value, min, max, unit, qualifier: words that lost their space or joiner
    public static TheoryData<string, string, string?, string?, string?, string?, Qualifier> GlueRows => new()
    {
        { "۱۰ نفرزخمی شدند", "۱۰ نفر", "10", "10", "10", "person", Qualifier.Exact },
        { "10 نفرزخمی شدند", "10 نفر", "10", "10", "10", "person", Qualifier.Exact },
        { "۲۰ نفراز مصدومان", "۲۰ نفر", "20", "20", "20", "person", Qualifier.Exact },
        { "بیش ازهفت هزار نفر", "بیش ازهفت هزار نفر", "7000", "7000", null, "person", Qualifier.MoreThan },
        { "بیش از هفت هزار نفر", "بیش از هفت هزار نفر", "7000", "7000", null, "person", Qualifier.MoreThan },
        { "بیشاز هفت هزار نفر", "بیشاز هفت هزار نفر", "7000", "7000", null, "person", Qualifier.MoreThan },
        { "۶۲۰تن جان باختند", "۶۲۰تن", "620", "620", "620", "person", Qualifier.Exact },
        { "٦٢٠تن جان باختند", "٦٢٠تن", "620", "620", "620", "person", Qualifier.Exact },
        { "وحدود ۳۰۰ نفر", "حدود ۳۰۰ نفر", "300", "250", "350", "person", Qualifier.About },
        { "سه هزارتن گندم", "سه هزارتن", "3000", "2500", "3500", "t", Qualifier.Exact },
        { "۳ هزارتن گندم", "۳ هزارتن", "3000", "2500", "3500", "t", Qualifier.Exact },
        { "۱۴ هزار۲۸۶ نفر", "۱۴ هزار۲۸۶ نفر", "14286", "14286", "14286", "person", Qualifier.Exact },
        { "۱۴ هزار و ۲۸۶ نفر", "۱۴ هزار و ۲۸۶ نفر", "14286", "14286", "14286", "person", Qualifier.Exact },
        { "دوهزار نفر", "دوهزار نفر", "2000", "1500", "2500", "person", Qualifier.Exact },
        { "صدهزار نفر", "صدهزار نفر", "100000", "50000", "150000", "person", Qualifier.Exact },
        { "۵ درصداز آرا", "۵ درصد", "5", "5", "5", "%", Qualifier.Exact },
        // lexicon words that look glued are kept whole
        { "یکصد نفر", "یکصد نفر", "100", "50", "150", "person", Qualifier.Exact },
        { "چهارده نفر", "چهارده نفر", "14", "14", "14", "person", Qualifier.Exact },
        { "وزیر ۲۰ نفر را معرفی کرد", "۲۰ نفر", "20", "20", "20", "person", Qualifier.Exact },
        { "تنها ۲۰ نفر", "۲۰ نفر", "20", "20", "20", "person", Qualifier.Exact },
    };

    [Theory]
    [MemberData(nameof(GlueRows))]
    public void Reads_words_run_together_by_the_lexicon(string input, string read, string? value, string? min, string? max, string? unit, Qualifier qualifier) =>
        AssertSingle(input, read, null, value, min, max, unit, qualifier);

    [Theory]
    [InlineData("سینه")]      // سی + نه, but a chest
    [InlineData("پنجتن")]     // the five holy persons
    [InlineData("دوباره")]
    [InlineData("هزاره")]
    public void Everyday_words_that_start_with_a_number_are_not_split(string input) =>
        Assert.Empty(All(input));

    // text, the amount read, value, min, max, unit: decimal commas, spoken decimals, thousands points.
    // A decimal is exact to the digit written (۷.۳ is not ۷.۲); a scale word or trailing zeros show rounding.
    public static TheoryData<string, string, string, string, string, string?> DecimalRows => new()
    {
        { "زلزله‌ای به بزرگی ۷،۳ ریشتر", "۷،۳ ریشتر", "7.3", "7.3", "7.3", "richter" },
        { "زلزله‌ای به بزرگی 7,3 ریشتر", "7,3 ریشتر", "7.3", "7.3", "7.3", "richter" },
        { "زلزله‌ای به بزرگی ٧،٣ درجه ریشتر", "٧،٣ درجه ریشتر", "7.3", "7.3", "7.3", "richter" },
        { "۲،۷۸۳ نفر", "۲،۷۸۳ نفر", "2783", "2783", "2783", "person" },
        { "۲،۵ میلیون نفر", "۲،۵ میلیون نفر", "2500000", "2450000", "2550000", "person" },
        { "۱۲،۵ درصد", "۱۲،۵ درصد", "12.5", "12.5", "12.5", "%" },
        { "۱۲،۵٪", "۱۲،۵٪", "12.5", "12.5", "12.5", "%" },
        { "۱۲،۷۵ درصد", "۱۲،۷۵ درصد", "12.75", "12.75", "12.75", "%" },
        { "چهار و هفت دهم ریشتر", "چهار و هفت دهم ریشتر", "4.7", "4.7", "4.7", "richter" },
        { "دو و بیست و پنج صدم درصد", "دو و بیست و پنج صدم درصد", "2.25", "2.25", "2.25", "%" },
        { "سه ممیز پنج", "سه ممیز پنج", "3.5", "3.5", "3.5", null },
        { "۷ ممیز ۳ ریشتر", "۷ ممیز ۳ ریشتر", "7.3", "7.3", "7.3", "richter" },
        { "۳ ممیز ۰۵ درصد", "۳ ممیز ۰۵ درصد", "3.05", "3.05", "3.05", "%" },
        { "سه ممیز پنج میلیون", "سه ممیز پنج میلیون", "3500000", "3450000", "3550000", null },
        { "5.000 نفر", "5.000 نفر", "5000", "4500", "5500", "person" },
        { "۱۲.۰۰۰ نفر", "۱۲.۰۰۰ نفر", "12000", "11500", "12500", "person" },
        { "۱.۲۵۰ نفر", "۱.۲۵۰ نفر", "1250", "1250", "1250", "person" },
        { "۱.۵ میلیون", "۱.۵ میلیون", "1500000", "1450000", "1550000", null },
        { "۱.۲۵ ریشتر", "۱.۲۵ ریشتر", "1.25", "1.25", "1.25", "richter" },
    };

    [Theory]
    [MemberData(nameof(DecimalRows))]
    public void Reads_decimal_commas_spoken_decimals_and_thousands_points(string input, string read, string value, string min, string max, string? unit) =>
        AssertSingle(input, read, null, value, min, max, unit, Qualifier.Exact);

    [Theory]
    [InlineData("۱۰،۲۰ نفر", "۱۰|۲۰ نفر")]         // a list: the comma is not before a measure
    [InlineData("۷،۳، ۸", "۷|۳|۸")]
    [InlineData("روزهای ۷،۸ آبان", "۷|۸ آبان")]
    [InlineData("بیست و یکم", "بیست و یکم")]       // an ordinal, not a fraction
    public void A_comma_between_numbers_that_measure_nothing_separates_them(string input, string reads) =>
        Assert.Equal(reads, string.Join('|', All(input).Select(v => v.Text)));

    // text, the amount read, kind, value, qualifier: parts of a whole as shares (percent), and counts
    public static TheoryData<string, string, ValueKind, string, string?, Qualifier> ShareRows => new()
    {
        { "نیمی از ساکنان شهر", "نیمی", ValueKind.Percent, "50", "%", Qualifier.Exact },
        { "بیش از نیمی از خانه‌ها", "بیش از نیمی", ValueKind.Percent, "50", "%", Qualifier.MoreThan },
        { "دو سوم ساختمان‌ها", "دو سوم", ValueKind.Percent, "66.666666666666666666666666667", "%", Qualifier.Exact },
        { "یک چهارم روستاها", "یک چهارم", ValueKind.Percent, "25", "%", Qualifier.Exact },
        { "سه چهارم روستاها", "سه چهارم", ValueKind.Percent, "75", "%", Qualifier.Exact },
        { "حدود یک سوم", "حدود یک سوم", ValueKind.Percent, "33.333333333333333333333333333", "%", Qualifier.About },
        { "۲ پنجم", "۲ پنجم", ValueKind.Percent, "40", "%", Qualifier.Exact },
        { "هفت دهم درصد", "هفت دهم درصد", ValueKind.Percent, "0.7", "%", Qualifier.Exact },
        // a stray repeated figure is one amount
        { "۷۳ ۷۳ پرواز لغو شد", "۷۳ ۷۳", ValueKind.Number, "73", null, Qualifier.Exact },
        { "۷۳ و دست‌کم ۷۳ پرواز", "۷۳ و دست‌کم ۷۳", ValueKind.Number, "73", null, Qualifier.AtLeast },
    };

    [Theory]
    [MemberData(nameof(ShareRows))]
    public void Reads_parts_of_a_whole_and_repeated_figures(string input, string read, ValueKind kind, string value, string? unit, Qualifier qualifier)
    {
        var (text, q) = Single(input);
        Assert.Equal(read, text);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(D(value), q.Nominal);
        Assert.Equal(unit, q.Unit?.Code);
        Assert.Equal(qualifier, q.Qualifier);
    }

    [Theory]
    [InlineData("یکی از مجروحان گفت")]      // one member named, not a count of the injured
    [InlineData("دور سوم مذاکرات", "سوم")]   // an ordinal after a word, not a share
    [InlineData("نیمه شب", "")]
    public void Reads_no_share_in(string input, string reads = "") =>
        Assert.Equal(reads, string.Join('|', All(input).Select(v => v.Text)));

    [Fact]
    public void The_same_figure_twice_with_units_is_two_amounts() =>
        Assert.Equal(["۲۰ نفر", "۲۰ نفر"], All("۲۰ نفر و ۲۰ نفر").Select(v => v.Text));
}

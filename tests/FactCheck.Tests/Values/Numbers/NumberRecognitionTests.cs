using FactCheck.Values;
using static FactCheck.Tests.Values.Recognize;

namespace FactCheck.Tests.Values.Numbers;

/// <summary>One row per way Persian news writes an amount (issue: numbers as a reader means them).</summary>
public sealed class NumberRecognitionTests
{
    // text, the part read, kind, value, min, max, unit, qualifier
    public static TheoryData<string, string, ValueKind, string?, string?, string?, string?, Qualifier> Rows => new()
    {
        // digits with separators, in three digit systems
        { "۴۸٬۰۰۰", "۴۸٬۰۰۰", ValueKind.Number, "48000", "47500", "48500", null, Qualifier.Exact },
        { "48,000", "48,000", ValueKind.Number, "48000", "47500", "48500", null, Qualifier.Exact },
        { "٤٨٠٠٠", "٤٨٠٠٠", ValueKind.Number, "48000", "47500", "48500", null, Qualifier.Exact },
        { "۱٫۵", "۱٫۵", ValueKind.Number, "1.5", "1.5", "1.5", null, Qualifier.Exact }, // a decimal is exact to the digit written
        { "۱.۵", "۱.۵", ValueKind.Number, "1.5", "1.5", "1.5", null, Qualifier.Exact },
        { "۷.۳ ریشتر", "۷.۳ ریشتر", ValueKind.Number, "7.3", "7.3", "7.3", "richter", Qualifier.Exact }, // 7.2 and 7.3 must not touch
        { "۱.۵ میلیون", "۱.۵ میلیون", ValueKind.Number, "1500000", "1450000", "1550000", null, Qualifier.Exact }, // a scale word rounds
        { "۱/۵", "۱/۵", ValueKind.Number, "1.5", "1.5", "1.5", null, Qualifier.Exact },
        { "۱،۵۰۰", "۱،۵۰۰", ValueKind.Number, "1500", "1450", "1550", null, Qualifier.Exact },
        { "۴۷۹ هکتار", "۴۷۹ هکتار", ValueKind.Number, "479", "479", "479", "ha", Qualifier.Exact },
        { "۲۳ مقر", "۲۳", ValueKind.Number, "23", "23", "23", null, Qualifier.Exact },
        // scale words after digits or words; mixed digit systems in one number
        { "۴۸ هزار", "۴۸ هزار", ValueKind.Number, "48000", "47500", "48500", null, Qualifier.Exact },
        { "۲ میلیون و ۳۰۰ هزار", "۲ میلیون و ۳۰۰ هزار", ValueKind.Number, "2300000", "2250000", "2350000", null, Qualifier.Exact },
        { "۳ میلیارد", "۳ میلیارد", ValueKind.Number, "3000000000", "2500000000", "3500000000", null, Qualifier.Exact },
        { "۲۲ هزار و 400", "۲۲ هزار و 400", ValueKind.Number, "22400", "22350", "22450", null, Qualifier.Exact },
        { "۱۴ هزار۲۸۶", "۱۴ هزار۲۸۶", ValueKind.Number, "14286", "14286", "14286", null, Qualifier.Exact },
        // number words
        { "چهل و هشت هزار", "چهل و هشت هزار", ValueKind.Number, "48000", "47500", "48500", null, Qualifier.Exact },
        { "یکصد و بیست", "یکصد و بیست", ValueKind.Number, "120", "120", "120", null, Qualifier.Exact }, // one trailing zero: exact
        { "۶۲۰", "۶۲۰", ValueKind.Number, "620", "620", "620", null, Qualifier.Exact },
        { "۱۹۳۰", "۱۹۳۰", ValueKind.Number, "1930", "1930", "1930", null, Qualifier.Exact },
        { "۸۰۰", "۸۰۰", ValueKind.Number, "800", "750", "850", null, Qualifier.Exact }, // two trailing zeros: rounded
        { "۳۰۰۰", "۳۰۰۰", ValueKind.Number, "3000", "2500", "3500", null, Qualifier.Exact },
        { "یک‌هزار و پانصد", "یک‌هزار و پانصد", ValueKind.Number, "1500", "1450", "1550", null, Qualifier.Exact },
        { "یکهزار و پانصد", "یکهزار و پانصد", ValueKind.Number, "1500", "1450", "1550", null, Qualifier.Exact },
        { "پانصد", "پانصد", ValueKind.Number, "500", "450", "550", null, Qualifier.Exact },
        { "پونصد", "پونصد", ValueKind.Number, "500", "450", "550", null, Qualifier.Exact },
        { "چهار صد", "چهار صد", ValueKind.Number, "400", "350", "450", null, Qualifier.Exact },
        { "هیجده نفر", "هیجده نفر", ValueKind.Number, "18", "18", "18", "person", Qualifier.Exact },
        { "یک و نیم میلیون", "یک و نیم میلیون", ValueKind.Number, "1500000", "1450000", "1550000", null, Qualifier.Exact },
        { "نیم میلیون", "نیم میلیون", ValueKind.Number, "500000", "450000", "550000", null, Qualifier.Exact },
        // «و» written onto the next word, and a scale on a scale
        { "بیست‌وسه نفر", "بیست‌وسه نفر", ValueKind.Number, "23", "23", "23", "person", Qualifier.Exact },
        { "چهل‌وهشت هزار نفر", "چهل‌وهشت هزار نفر", ValueKind.Number, "48000", "47500", "48500", "person", Qualifier.Exact },
        { "۱۰ هزار میلیارد تومان", "۱۰ هزار میلیارد تومان", ValueKind.Number, "10000000000000", "5000000000000", "15000000000000", "IRT", Qualifier.Exact },
        { "سه تریلیون", "سه تریلیون", ValueKind.Number, "3000000000000", "2500000000000", "3500000000000", null, Qualifier.Exact },
        // ordinals
        { "چهارمین دیدار", "چهارمین", ValueKind.Ordinal, "4", "4", "4", null, Qualifier.Exact },
        { "دور سوم", "سوم", ValueKind.Ordinal, "3", "3", "3", null, Qualifier.Exact },
        { "بیست و سومین", "بیست و سومین", ValueKind.Ordinal, "23", "23", "23", null, Qualifier.Exact },
        { "نخستین", "نخستین", ValueKind.Ordinal, "1", "1", "1", null, Qualifier.Exact },
        { "۲۳ام", "۲۳ام", ValueKind.Ordinal, "23", "23", "23", null, Qualifier.Exact },
        // percent
        { "۳۵ درصد", "۳۵ درصد", ValueKind.Percent, "35", "35", "35", "%", Qualifier.Exact },
        { "۳۵٪", "۳۵٪", ValueKind.Percent, "35", "35", "35", "%", Qualifier.Exact },
        // the sign typed before the number, as right-to-left keyboards leave it
        { "٪۳۵ از آرا", "٪۳۵", ValueKind.Percent, "35", "35", "35", "%", Qualifier.Exact },
        { "بیش از ٪۳۵", "بیش از ٪۳۵", ValueKind.Percent, "35", "35", null, "%", Qualifier.MoreThan },
        // ranges: a trailing scale word covers both ends
        { "۱۰ تا ۱۵ هزار", "۱۰ تا ۱۵ هزار", ValueKind.Range, null, "10000", "15000", null, Qualifier.Exact },
        { "بین ۱۰ تا ۱۵ هزار نفر", "بین ۱۰ تا ۱۵ هزار نفر", ValueKind.Range, null, "10000", "15000", "person", Qualifier.Exact },
        { "۱۹۹۲ الی ۱۹۹۴", "۱۹۹۲ الی ۱۹۹۴", ValueKind.Range, null, "1992", "1994", null, Qualifier.Exact },
        { "۵۰۰ تا ۲ هزار", "۵۰۰ تا ۲ هزار", ValueKind.Range, null, "500", "2000", null, Qualifier.Exact },
        // vague amounts as honest intervals
        { "ده‌ها نفر", "ده‌ها نفر", ValueKind.Number, null, "10", "99", "person", Qualifier.About },
        { "دهها نفر", "دهها نفر", ValueKind.Number, null, "10", "99", "person", Qualifier.About },
        { "صدها", "صدها", ValueKind.Number, null, "100", "999", null, Qualifier.About },
        { "هزاران نفر", "هزاران نفر", ValueKind.Number, null, "1000", "9999", "person", Qualifier.About },
        // qualifiers
        { "بیش از ۴۸ هزار نفر", "بیش از ۴۸ هزار نفر", ValueKind.Number, "48000", "48000", null, "person", Qualifier.MoreThan },
        { "افزون بر ۲۰۰ تن", "افزون بر ۲۰۰ تن", ValueKind.Number, "200", "200", null, "t", Qualifier.MoreThan },
        { "دست‌کم ۱۰ نفر", "دست‌کم ۱۰ نفر", ValueKind.Number, "10", "10", null, "person", Qualifier.AtLeast },
        { "حداقل ۱۰ نفر", "حداقل ۱۰ نفر", ValueKind.Number, "10", "10", null, "person", Qualifier.AtLeast },
        { "کمتر از ۵۰ نفر", "کمتر از ۵۰ نفر", ValueKind.Number, "50", null, "50", "person", Qualifier.LessThan },
        { "حداکثر ۵۰ نفر", "حداکثر ۵۰ نفر", ValueKind.Number, "50", null, "50", "person", Qualifier.AtMost },
        { "حدود ۱۰۰ نفر", "حدود ۱۰۰ نفر", ValueKind.Number, "100", "50", "150", "person", Qualifier.About },
        { "نزدیک به ۳۰", "نزدیک به ۳۰", ValueKind.Number, "30", "27", "30", null, Qualifier.Nearly }, // just under, not far below
        { "نزدیک به ۱۰ هزار", "نزدیک به ۱۰ هزار", ValueKind.Number, "10000", "9000", "10000", null, Qualifier.Nearly },
        { "قریب به ۲۰۰", "قریب به ۲۰۰", ValueKind.Number, "200", "180", "200", null, Qualifier.Nearly },
        { "تقریباً ۵۰", "تقریباً ۵۰", ValueKind.Number, "50", "45", "55", null, Qualifier.About },
        { "۴۸ هزار و اندی نفر", "۴۸ هزار و اندی نفر", ValueKind.Number, "48000", "48000", null, "person", Qualifier.MoreThan },
        { "بیش از ۴۸ هزار و اندی نفر", "بیش از ۴۸ هزار و اندی نفر", ValueKind.Number, "48000", "48000", null, "person", Qualifier.MoreThan },
        // units with a canonical form
        { "۲۰ تن کشته شدند", "۲۰ تن", ValueKind.Number, "20", "20", "20", "person", Qualifier.Exact },
        { "هفت تن دیگر", "هفت تن", ValueKind.Number, "7", "7", "7", "person", Qualifier.Exact },
        { "در پی کشته شدن ۲۰ تن در حمله", "۲۰ تن", ValueKind.Number, "20", "20", "20", "person", Qualifier.Exact },
        { "بازداشت بیش از پنج تن", "بیش از پنج تن", ValueKind.Number, "5", "5", null, "person", Qualifier.MoreThan },
        { "حمل ۲۰ تن در هفته", "۲۰ تن", ValueKind.Number, "20", "20", "20", "t", Qualifier.Exact },
        { "۸۰۰ تن مصالح", "۸۰۰ تن", ValueKind.Number, "800", "750", "850", "t", Qualifier.Exact },
        { "۵۰۰ کیلوگرم", "۵۰۰ کیلوگرم", ValueKind.Number, "0.5", "0.45", "0.55", "t", Qualifier.Exact },
        { "۳ کیلومتر مربع", "۳ کیلومتر مربع", ValueKind.Number, "300", "300", "300", "ha", Qualifier.Exact },
        { "۱۲ کیلومتر", "۱۲ کیلومتر", ValueKind.Number, "12", "12", "12", "km", Qualifier.Exact },
        { "۱۵۰ متر", "۱۵۰ متر", ValueKind.Number, "0.15", "0.15", "0.15", "km", Qualifier.Exact },
        { "۲ میلیون دلار", "۲ میلیون دلار", ValueKind.Number, "2000000", "1500000", "2500000", "USD", Qualifier.Exact },
        { "۱۰ یورو", "۱۰ یورو", ValueKind.Number, "10", "10", "10", "EUR", Qualifier.Exact },
        { "۵ ریال", "۵ ریال", ValueKind.Number, "5", "5", "5", "IRR", Qualifier.Exact },
        { "۵ تومان", "۵ تومان", ValueKind.Number, "5", "5", "5", "IRT", Qualifier.Exact },
        { "۵ روبل", "۵ روبل", ValueKind.Number, "5", "5", "5", "RUB", Qualifier.Exact },
        { "۵ منات", "۵ منات", ValueKind.Number, "5", "5", "5", "AZN", Qualifier.Exact },
        { "۵ درام", "۵ درام", ValueKind.Number, "5", "5", "5", "AMD", Qualifier.Exact },

        // number words joined to each other or by «و» are still one number
        { "سه‌هزار نفر", "سه‌هزار نفر", ValueKind.Number, "3000", "2500", "3500", "person", Qualifier.Exact },
        { "بیست‌وپنج نفر", "بیست‌وپنج نفر", ValueKind.Number, "25", "25", "25", "person", Qualifier.Exact },
        { "پایین‌ده ۱۲ نفر", "۱۲ نفر", ValueKind.Number, "12", "12", "12", "person", Qualifier.Exact },
        { "در این تونل ۱۲ کارگر", "۱۲ کارگر", ValueKind.Number, "12", "12", "12", "person", Qualifier.Exact }, // a unit after: a count
        { "تونل شماره ٢، ٢٢ نفر", "٢٢ نفر", ValueKind.Number, "22", "22", "22", "person", Qualifier.Exact },

        // a scale larger than the whole amount before it multiplies all of it
        { "هزار و دویست میلیارد تومان", "هزار و دویست میلیارد تومان", ValueKind.Number, "1200000000000", "1150000000000", "1250000000000", "IRT", Qualifier.Exact },
        { "دو هزار و پانصد میلیون دلار", "دو هزار و پانصد میلیون دلار", ValueKind.Number, "2500000000", "2450000000", "2550000000", "USD", Qualifier.Exact },
        { "اعتبار ۱۲۰ میلیارد تومانی", "۱۲۰ میلیارد تومانی", ValueKind.Number, "120000000000", "115000000000", "125000000000", "IRT", Qualifier.Exact },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads(string input, string read, ValueKind kind, string? value, string? min, string? max, string? unit, Qualifier qualifier) =>
        AssertSingle(input, read, kind, value, min, max, unit, qualifier);

    [Theory]
    [InlineData("کد خبر 1293642")]        // a news ID
    [InlineData("کد خبر: ۱۲۹۳۶۴۲")]
    [InlineData("کد خبر ۱۵۳۹۸۰")]
    [InlineData("تعداد بازدید: ۱۲۳۴")]        // page chrome
    [InlineData("کد: ۱۵۳۹۸۰")]
    [InlineData("بازدید : ۱۲۸۲")]
    [InlineData("تلفن ۰۲۱-۸۸۷۷۶۶۵۵")]     // a phone number with its label
    [InlineData("۰۹۱۲۳۴۵۶۷۸۹")]           // a mobile number
    [InlineData("+989123456789")]
    [InlineData("https://example.org/2020/11/09/story-48000")]
    [InlineData("نخست وزیر ارمنستان")]    // «first» minister
    [InlineData("نه تنها موجب صلح شد")]   // «not only»
    [InlineData("یک چالش جدی")]            // indefinite article
    [InlineData("روستای پایین‌ده")]          // a number word joined onto a word is part of a place name
    [InlineData("اهالی بالا‌ده و میان‌سه")]
    [InlineData("هر‌دو طرف")]
    [InlineData("پیمانکار تونل ۲ بازداشت شد")]  // a number after a noun it names
    [InlineData("تونل‌های ۲ و ۴ فرو ریخت")]
    [InlineData("تونل ۲ تا یک ساعت پیش")]
    public void Reads_no_amount_in(string input) =>
        Assert.DoesNotContain(All(input), v => v.Value is Quantity);

    [Fact]
    public void A_time_of_day_is_a_time_not_an_amount()
    {
        var (text, value) = Assert.Single(All("۲۳:۵۶"));
        Assert.Equal("۲۳:۵۶", text);
        var time = Assert.IsType<TimeOfDay>(value);
        Assert.Equal((23, 56), (time.Hour, time.Minute));
    }

    [Theory]
    [InlineData("1000000000000000000000000000000 نفر")]                  // 10^30 in digits
    [InlineData("۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ هزار میلیارد میلیارد نفر")] // 28 digits, then scales past range
    [InlineData("میلیون میلیون میلیون میلیون میلیون نفر")]                // scale upon scale
    public void A_number_beyond_decimal_range_is_read_whole_and_open_above(string input) =>
        AssertSingle(input, input, ValueKind.Number, null, "10000000000000000000000000000", null, "person", Qualifier.AtLeast);

    [Fact]
    public void The_largest_figure_a_decimal_holds_is_still_exact() =>
        AssertSingle("۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ نفر", "۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ نفر", ValueKind.Number,
            "9999999999999999999999999999", "9999999999999999999999999999", "9999999999999999999999999999", "person", Qualifier.Exact);

    [Fact]
    public void A_repeated_scale_phrase_is_as_many_amounts_not_one_and_none_dropped()
    {
        var phrase = string.Join(' ', Enumerable.Repeat("هزار میلیارد", 33));

        var values = All(phrase);

        Assert.Equal(33, values.Count);
        Assert.All(values, v => Assert.Equal(("هزار میلیارد", 1_000_000_000_000m), (v.Text, ((Quantity)v.Value).Nominal)));
    }

    [Fact]
    public void Two_amounts_joined_by_va_stay_two_when_they_cannot_add_up() =>
        Assert.Equal(["۱۰ نفر", "۲۰ نفر"], All("۱۰ نفر و ۲۰ نفر").Select(v => v.Text));

    [Fact]
    public void A_sign_between_two_numbers_belongs_to_the_first() =>
        Assert.Equal(["۵۰٪", "۲۳ نفر"], All("۵۰٪۲۳ نفر").Select(v => v.Text));

    [Fact]
    public void Spans_point_into_the_original_text_even_after_dropped_marks()
    {
        const string text = "حدوداً ۱۰۰ نفر و بیــش از ۴۸ هزار";
        Assert.Equal(["حدوداً ۱۰۰ نفر", "بیــش از ۴۸ هزار"], All(text).Select(v => v.Text));
    }
}

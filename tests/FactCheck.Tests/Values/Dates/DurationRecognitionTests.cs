using FactCheck.Values;
using FactCheck.Values.Dates;
using static FactCheck.Tests.Values.Recognize;

namespace FactCheck.Tests.Values.Dates;

public sealed class DurationRecognitionTests
{
    [Theory]
    [InlineData("درگیری های نظامی ۴۴ روزه", "۴۴ روزه", "44", "44", "44", DurationUnit.Day, Qualifier.Exact)]
    [InlineData("دو ماه بعد", "دو ماه", "2", "2", "2", DurationUnit.Month, Qualifier.Exact)]
    [InlineData("نزدیک به ۳۰ سال", "نزدیک به ۳۰ سال", "30", "27", "30", DurationUnit.Year, Qualifier.Nearly)]
    [InlineData("بیش از سه سال", "بیش از سه سال", "3", "3", null, DurationUnit.Year, Qualifier.MoreThan)]
    [InlineData("تقریباً در یک سال", "تقریباً در یک سال", "1", "0.9", "1.1", DurationUnit.Year, Qualifier.About)]
    [InlineData("سه هفته", "سه هفته", "3", "3", "3", DurationUnit.Week, Qualifier.Exact)]
    [InlineData("۶ ماهه", "۶ ماهه", "6", "6", "6", DurationUnit.Month, Qualifier.Exact)]
    public void Reads(string input, string read, string? value, string? min, string? max, DurationUnit unit, Qualifier qualifier)
    {
        var all = All(input);
        var (text, v) = Assert.Single(all);
        var duration = Assert.IsType<Duration>(v);

        Assert.Equal(read, text);
        Assert.Equal(D(value), duration.Nominal);
        Assert.Equal(D(min), duration.Min);
        Assert.Equal(D(max), duration.Max);
        Assert.Equal(unit, duration.Unit);
        Assert.Equal(qualifier, duration.Qualifier);
    }

    [Fact]
    public void Nine_months_of_November_is_a_date() =>
        Assert.IsType<DateValue>(Assert.Single(All("۹ ماه نوامبر سال ۲۰۲۰")).Value);
}

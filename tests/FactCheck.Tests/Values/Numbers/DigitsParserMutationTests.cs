using FactCheck.Values.Numbers;

namespace FactCheck.Tests.Values.Numbers;

/// <summary>
/// Pins each shape a digit run can take, boundary by boundary: these are the edges mutation
/// testing found only covered through whole sentences, where a wrong shape often reads the same.
/// </summary>
public sealed class DigitsParserMutationTests
{
    [Theory]
    [InlineData("48000", 48000, 1000)]
    [InlineData("48,000", 48000, 1000)]
    [InlineData("1\u060C500", 1500, 100)] // an Arabic comma groups thousands like a Latin one
    [InlineData("5.000", 5000, 1000)] // three zero decimals are a thousands point
    [InlineData("1.250.000", 1250000, 10000)]
    [InlineData("0", 0, 1)] // zero's resolution is a unit, not 10^(its zeros)
    [InlineData("305", 305, 1)]
    public void An_integer_keeps_its_value_and_the_place_of_its_last_written_digit(string digits, int value, int resolution)
    {
        var reading = DigitsParser.Read(digits);

        Assert.Equal(DigitsShape.Integer, reading.Shape);
        Assert.Equal((decimal)value, reading.Value);
        Assert.Equal((decimal)resolution, reading.Resolution);
    }

    [Theory]
    [InlineData("1.5", "1.5", "0.1")]
    [InlineData("2.75", "2.75", "0.01")]
    [InlineData("12/5", "12.5", "0.1")] // a slash is a decimal point in Persian
    [InlineData("3.500", "3.5", "0.001")] // not three zeros: a decimal, written to the thousandth
    public void A_decimal_reads_its_fraction_to_the_place_written(string digits, string value, string resolution)
    {
        var reading = DigitsParser.Read(digits);

        Assert.Equal(DigitsShape.Decimal, reading.Shape);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
        Assert.Equal(decimal.Parse(resolution, System.Globalization.CultureInfo.InvariantCulture), reading.Resolution);
    }

    [Theory]
    [InlineData("1234/5")] // four digits before a slash: not a decimal
    [InlineData("12/3456")]
    [InlineData("1.2-3")] // mixed separators are never guessed at
    [InlineData("1:2:3:4")]
    [InlineData("1.2.3.4.5.6.7.8.9")] // more groups than are kept
    public void A_run_that_fits_no_shape_is_left_alone(string digits)
    {
        Assert.Equal(DigitsShape.Other, DigitsParser.Read(digits).Shape);
    }

    [Theory]
    [InlineData("23:56", 23, 56)]
    [InlineData("24:00", 24, 0)]
    [InlineData("9:05", 9, 5)]
    public void A_clock_time_keeps_hours_and_minutes(string digits, int hours, int minutes)
    {
        var reading = DigitsParser.Read(digits);

        Assert.Equal(DigitsShape.Time, reading.Shape);
        Assert.Equal(new[] { hours, minutes }, reading.Groups);
        Assert.Equal(':', reading.Separator);
    }

    [Theory]
    [InlineData("25:00")] // past a day
    [InlineData("12:60")] // past an hour
    [InlineData("123:30")]
    [InlineData("12:5")] // minutes are always two digits
    public void A_colon_pair_that_is_no_clock_time_is_left_alone(string digits)
    {
        Assert.Equal(DigitsShape.Other, DigitsParser.Read(digits).Shape);
    }

    [Theory]
    [InlineData("1400/08/10", 1400, 8, 10, '/')]
    [InlineData("2020-11-09", 2020, 11, 9, '-')]
    [InlineData("10.08.1400", 10, 8, 1400, '.')]
    public void Three_groups_are_a_date_with_its_separator(string digits, int a, int b, int c, char separator)
    {
        var reading = DigitsParser.Read(digits);

        Assert.Equal(DigitsShape.Date, reading.Shape);
        Assert.Equal(new[] { a, b, c }, reading.Groups);
        Assert.Equal(separator, reading.Separator);
    }

    [Fact]
    public void A_dashed_pair_is_a_range_of_its_two_ends()
    {
        var reading = DigitsParser.Read("1992-1994");

        Assert.Equal(DigitsShape.Range, reading.Shape);
        Assert.Equal(new[] { 1992, 1994 }, reading.Groups);
    }

    [Fact]
    public void Twenty_eight_digits_are_still_exact_and_one_more_is_huge()
    {
        var exact = DigitsParser.Read(new string('9', 28));
        var huge = DigitsParser.Read("1" + new string('0', 28));

        Assert.Equal(DigitsShape.Integer, exact.Shape);
        Assert.Equal(DigitsParser.Pow10(28) - 1, exact.Value);
        Assert.Equal(DigitsShape.Huge, huge.Shape);
        Assert.Equal(DigitsParser.HugeFloor, huge.Value);
        Assert.Equal(DigitsParser.Pow10(28), DigitsParser.HugeFloor);
    }

    [Fact]
    public void A_group_too_long_for_an_int_does_not_break_the_reading()
    {
        var reading = DigitsParser.Read("1234567890123.5");

        Assert.Equal(DigitsShape.Decimal, reading.Shape);
        Assert.Equal(1234567890123.5m, reading.Value);
    }
}

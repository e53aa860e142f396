using FactCheck.Consistency;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values.Dates;

public sealed class DurationUnitsTests
{
    public static TheoryData<DurationUnit> Units() => new(Enum.GetValues<DurationUnit>());

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_unit_has_a_length_in_days_and_a_canonical_unit(DurationUnit unit)
    {
        var (shortest, longest) = DurationUnits.Days(unit, 1);

        Assert.InRange(shortest, 0.00001m, 366m);
        Assert.True(longest >= shortest);
        Assert.Equal(unit, DurationUnits.FromUnit(DurationUnits.ToUnit(unit)));
    }

    [Theory]
    [InlineData(DurationUnit.Day, 3, 2, 4)] // a day count may be inclusive or not
    [InlineData(DurationUnit.Hour, 24, 1, 1)]
    [InlineData(DurationUnit.Minute, 1440, 1, 1)]
    [InlineData(DurationUnit.Second, 86400, 1, 1)]
    [InlineData(DurationUnit.Week, 2, 14, 14)]
    [InlineData(DurationUnit.Month, 1, 28, 31)]
    [InlineData(DurationUnit.Year, 1, 365, 366)]
    public void A_duration_spans_the_days_it_can_mean(DurationUnit unit, int count, int lo, int hi)
    {
        var duration = new Duration(new TextSpan(0, 1), count, count, count, unit, Qualifier.Exact);

        var days = ClaimInterval.Days(duration);

        Assert.Equal(new ClaimInterval(lo, hi), days);
    }

    [Fact]
    public void An_unknown_unit_fails_loudly_rather_than_counting_as_years()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationUnits.Days((DurationUnit)99, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationUnits.ToUnit((DurationUnit)99));
    }
}

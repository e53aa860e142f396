using System.Globalization;
using AngleSharp.Html.Parser;
using FactCheck.Reporting;
using FactCheck.Reporting.Html;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Reporting;

/// <summary>The SVG timeline drawn in C#: where marks go, which ticks are chosen, how empty stretches of time are cut.</summary>
public sealed class TimelineChartTests
{
    [Fact]
    public void A_larger_figure_stands_higher_and_a_later_report_further_right()
    {
        var result = SmallStory.Result(
            new SmallStory.Piece("a.txt", "الف", null, "۴۰۷ نفر جان باختند."),
            new SmallStory.Piece("b.txt", "ب", null, "۳۲۸ نفر جان باختند."));
        var fact = ReportedRun.Of(result).Facts.Single();
        var anchors = fact.Claims.Select((c, i) => (c, $"claim-{i}")).ToDictionary(p => p.c, p => p.Item2);

        var svg = new HtmlParser().ParseDocument(TimelineChart.Svg(fact, anchors));
        var marks = svg.QuerySelectorAll(".mark").ToDictionary(m => m.GetAttribute("href")!, m => m.QuerySelector("circle")!);
        double Y(int value) => double.Parse(marks["#" + anchors[fact.Claims.Single(c => ((Quantity)c.Claim.Value).Nominal == value)]].GetAttribute("cy")!, CultureInfo.InvariantCulture);

        Assert.True(Y(407) < Y(328));
        Assert.Equal(2, svg.QuerySelectorAll(".mark.disputed").Length + svg.QuerySelectorAll(".mark.agrees").Length);
        Assert.Contains("people", svg.QuerySelectorAll("text").Select(t => t.TextContent));
    }

    [Fact]
    public void Long_empty_stretches_of_time_are_cut_and_each_burst_keeps_its_room()
    {
        var day = new DateOnly(2025, 10, 10).DayNumber;
        var axis = new TimeAxis([day + 0.25, day + 0.75, day + 1.5, day + 365.5], 100, 600);

        Assert.Single(axis.Breaks);
        Assert.True(axis.X(day + 0.25) < axis.X(day + 0.75));
        Assert.True(axis.X(day + 0.75) < axis.X(day + 1.5));
        Assert.True(axis.X(day + 1.5) < axis.Breaks.Single());
        Assert.True(axis.Breaks.Single() < axis.X(day + 365.5));
        Assert.True(axis.X(day + 365.5) <= 600);
        Assert.True(axis.X(day + 1.5) - axis.X(day + 0.25) > 2 * TimeAxis.MinimumWidth / 3, "the first two days are not crushed by the year after them");
        Assert.Equal([day, day + 1, day + 365], axis.Ticks().Select(t => t.Day));
    }

    [Fact]
    public void A_week_without_news_is_no_cut()
    {
        var axis = new TimeAxis([0.5, 7.5], 0, 500);

        Assert.Empty(axis.Breaks);
        Assert.Equal(0, axis.X(0));
        Assert.Equal(500, axis.X(8));
    }

    [Theory]
    [InlineData(0, 300, "0 100 200 300")]
    [InlineData(195, 287, "175 200 225 250 275 300")]
    [InlineData(6.1, 6.4, "6.0 6.1 6.2 6.3 6.4")]
    [InlineData(40_000, 52_000, "40k 45k 50k 55k")]
    [InlineData(40_000, 50_000, "40.0k 42.5k 45.0k 47.5k 50.0k")]
    [InlineData(1.2e12, 2.1e12, "1.00T 1.25T 1.50T 1.75T 2.00T 2.25T")]
    public void Amounts_get_round_ticks_covering_them(double low, double high, string labels) =>
        Assert.Equal(labels, string.Join(' ', ChartTicks.For(ChartAxis.Amount, low, high).Select(t => t.Label)));

    [Theory]
    [InlineData("2020-11-09", "2020-11-12", "2020-11-09 2020-11-10 2020-11-11 2020-11-12")]
    [InlineData("2020-09-27", "2020-11-10", "2020-09-21 2020-10-05 2020-10-19 2020-11-02 2020-11-16")]
    [InlineData("2020-02-20", "2020-11-09", "2020-01 2020-04 2020-07 2020-10 2021-01")]
    [InlineData("2019-08-30", "2025-10-10", "2018 2020 2022 2024 2026")]
    public void Days_get_ticks_on_days_months_or_years(string low, string high, string labels) =>
        Assert.Equal(labels, string.Join(' ', ChartTicks.For(ChartAxis.Day, Day(low), Day(high)).Select(t => t.Label)));

    [Fact]
    public void A_value_is_placed_at_what_it_says_within_what_it_can_mean()
    {
        var span = new TextSpan(0, 1);
        Assert.Equal(new ChartPosition(ChartAxis.Amount, 48_000, 48_000, null), ChartPosition.Of(new Quantity(ValueKind.Number, span, 48_000, 48_000, null, Unit.Person, Qualifier.MoreThan)));
        Assert.Equal(new ChartPosition(ChartAxis.Amount, 150, 100, 200), ChartPosition.Of(new Quantity(ValueKind.Range, span, null, 100, 200, null, Qualifier.Exact)));
        Assert.Null(ChartPosition.Of(new Quantity(ValueKind.Number, span, null, null, null, null, Qualifier.Exact)));
        var month = ChartPosition.Of(new DateValue(span, new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30), DatePrecision.Month, CalendarKind.Gregorian))!.Value;
        Assert.Equal((ChartAxis.Day, Day("2020-11-01"), Day("2020-11-30")), (month.Axis, month.Low!.Value, month.High!.Value));
        Assert.Null(ChartPosition.Of(new DateValue(span, null, null, DatePrecision.Day, CalendarKind.Persian)));
        Assert.Equal(new ChartPosition(ChartAxis.Days, 59, 56, 62), ChartPosition.Of(new Duration(span, 2, 2, 2, DurationUnit.Month, Qualifier.Exact)));
        Assert.Equal(new ChartPosition(ChartAxis.Clock, 17 * 60, 17 * 60, 17 * 60), ChartPosition.Of(new TimeOfDay(span, 17, 0)));
    }

    private static double Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
}

using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Claims.Lines;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Reporting;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Claims;

/// <summary>Every kind of value, and every field of a claim, survives a claims file written and read back.</summary>
public sealed class ClaimLinesRoundTripTests
{
    private static readonly TextSpan Span = new(10, 20);

    public static TheoryData<string> Values() => [.. Samples().Keys];

    private static Dictionary<string, Value> Samples() => new()
    {
        ["money with scale"] = new Quantity(ValueKind.Number, Span, 48000.0m, 47500m, 48500m, Unit.Money("IRT"), Qualifier.About),
        ["open range"] = new Quantity(ValueKind.Range, Span, null, 10m, null, Unit.Person, Qualifier.MoreThan),
        ["bare percent"] = new Quantity(ValueKind.Percent, Span, 12.5m, 12.5m, 12.5m, Unit.Percent, Qualifier.Exact),
        ["count without unit"] = new Quantity(ValueKind.Ordinal, Span, 3m, 3m, 3m, null, Qualifier.Exact),
        ["date with time and weekday"] = new DateValue(Span, new DateOnly(2025, 10, 10), new DateOnly(2025, 10, 10), DatePrecision.Day, CalendarKind.Persian,
            Relative: true, Problem: DateProblem.WeekdayMismatch, NamedWeekday: DayOfWeek.Friday, Time: new DayTime(4, null, PartOfDay.Dawn), Deictic: true),
        ["unresolved month"] = new DateValue(Span, null, null, DatePrecision.Month, CalendarKind.Hijri, Problem: DateProblem.Unresolved),
        ["duration"] = new Duration(Span, 44m, 44m, 44m, DurationUnit.Day, Qualifier.Exact),
        ["time of day"] = new TimeOfDay(Span, 17, 0, PartOfDay.Afternoon, TimePrecision.Hour),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_claim_reads_back_as_it_was_written(string name)
    {
        var claim = new Claim("killed", "event=-;place=سرآبگل", Samples()[name], "a/b.txt", Span, 3, 7, "۲۴۰ نفر", "تا ساعت ۱۷ امروز ۲۴۰ نفر جان باختند.",
            new DateOnly(2025, 10, 10), "استاندار", "ایرنا", new DateOnly(2025, 10, 11))
        {
            AsOfTime = new ClockRange(900, 1139),
            AsOfBasis = AsOfBasis.Stated,
            Via = "ایسنا",
        };
        var flagged = claim with { Rule = ValueChecks.WeekdayMismatch, Key = string.Empty, AsOfTime = null, AsOfBasis = AsOfBasis.Publication };
        var corpus = new CorpusClaims(
            [new ArticleClaims("a/b.txt", ArticleMetadata.Empty with { Source = "ایرنا", Published = new DateOnly(2025, 10, 11) }, [claim], [flagged])],
            [new Diagnostic("FC001", new SourceLocation("a/c.txt", 4, 1), "invalid UTF-8 at byte offset 18")]);

        var read = RoundTrip(corpus, out var problems);

        Assert.Empty(problems);
        var article = Assert.Single(read.Articles);
        Assert.Equal(("a/b.txt", "ایرنا", new DateOnly(2025, 10, 11)), (article.Path, article.Metadata.Source, article.Metadata.Published));
        Same(claim, Assert.Single(article.Claims));
        Same(flagged, Assert.Single(article.Flagged));
        Assert.Equal(corpus.Errors, read.Errors);
    }

    [Fact]
    public void Claims_a_partition_does_not_need_are_left_out()
    {
        var value = Samples()["duration"];
        var claims = new[] { "a", "b", "c" }.Select(k => new Claim("killed", k, value, "x.txt", Span, 1, 1, "t", "s", null, null, null, null)).ToList();
        var corpus = new CorpusClaims([new ArticleClaims("x.txt", ArticleMetadata.Empty, claims, [])], []);

        var read = RoundTrip(corpus, out _, (rule, key) => key != "b");

        Assert.Equal(["a", "c"], read.Articles[0].Claims.Select(c => c.Key));
    }

    [Theory]
    [InlineData("killed", "event=-", 18350869912503104982UL)]
    [InlineData("ceasefire-statement", "", 14946418255331568712UL)]
    [InlineData("killed", "event=-;place=کلاته‌سفید", 17482617297143149233UL)]
    public void The_partition_hash_is_the_documented_fnv_1a(string rule, string key, ulong expected)
    {
        Assert.Equal(expected, FactPartition.Hash(rule, key));
        var share = (int)(expected % 4) + 1;
        Assert.True(new FactPartition(share, 4).Holds(rule, key));
        Assert.Equal(1, Enumerable.Range(1, 4).Count(i => new FactPartition(i, 4).Holds(rule, key)));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/4", 0, 0)]
    [InlineData("5/4", 0, 0)]
    [InlineData("1/0", 0, 0)]
    [InlineData("-1/4", 0, 0)]
    [InlineData("1/4/2", 0, 0)]
    [InlineData("", 0, 0)]
    public void A_partition_is_read_as_share_of_count(string text, int index, int count)
    {
        var partition = FactPartition.Parse(text);

        Assert.Equal(index == 0 ? null : new FactPartition(index, count), partition);
    }

    private static CorpusClaims RoundTrip(CorpusClaims corpus, out List<Diagnostic> problems, Func<string, string, bool>? keep = null)
    {
        using var stream = new MemoryStream();
        ClaimLinesFormatter.Write(stream, corpus, "0.0.0", "abc");
        problems = [];
        using var reader = new StringReader(Encoding.UTF8.GetString(stream.ToArray()));
        return ClaimLinesReader.Read("claims.jsonl", reader, problems, keep, "abc");
    }

    private static void Same(Claim expected, Claim actual)
    {
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.Value.ToString(), actual.Value.ToString()); // decimals keep their scale: 48000.0
        Assert.Equal(
            (expected.Rule, expected.Key, expected.Path, expected.Span, expected.Line, expected.Column, expected.Text, expected.Sentence, expected.AsOf, expected.Speaker, expected.Source, expected.Published),
            (actual.Rule, actual.Key, actual.Path, actual.Span, actual.Line, actual.Column, actual.Text, actual.Sentence, actual.AsOf, actual.Speaker, actual.Source, actual.Published));
        Assert.Equal((expected.AsOfTime, expected.AsOfBasis, expected.Via), (actual.AsOfTime, actual.AsOfBasis, actual.Via));
    }
}

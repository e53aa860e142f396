using FactCheck.Claims;
using FactCheck.Tests.Fixtures;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Claims;

/// <summary>What the shipped rules must find in the seed articles, fact by fact.</summary>
public sealed class SeedClaimsTests
{
    private static IReadOnlyList<Claim> ClaimsOf(string seed) =>
        new ClaimExtractor(ShippedRules.Rules).Extract(FixtureFiles.Seed(seed)).Claims;

    private static Claim One(string seed, string rule) => Assert.Single(ClaimsOf(seed), c => c.Rule == rule);

    [Fact]
    public void Seed_000_counts_23_posts_and_not_the_four_of_the_lachin_corridor()
    {
        var claim = One("000_e7ad95d23837b17a.txt", "checkpoints");

        Assert.Equal(23m, Assert.IsType<Quantity>(claim.Value).Nominal);
        Assert.Equal((23, 80), (claim.Line, claim.Column));
        Assert.Equal("۲۳", claim.Text);
    }

    [Fact]
    public void Seed_000_reports_returnees_since_14_november()
    {
        var claim = One("000_e7ad95d23837b17a.txt", "returnees");
        var q = Assert.IsType<Quantity>(claim.Value);

        Assert.Equal("since=2020-11-14", claim.Key);
        Assert.Equal((48000m, Qualifier.MoreThan, "person"), (q.Nominal!.Value, q.Qualifier, q.Unit!.Code));
        Assert.Equal(new DateOnly(2021, 1, 11), claim.AsOf);
        Assert.Equal("پوتین", claim.Speaker);
    }

    [Theory]
    [InlineData("building-materials", "800")]
    [InlineData("humanitarian-cargo", "1500000")]
    [InlineData("demined-area", "479")]
    public void Seed_000_keeps_tonnage_of_materials_and_cargo_apart(string rule, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            Assert.IsType<Quantity>(One("000_e7ad95d23837b17a.txt", rule).Value).Nominal);

    [Theory]
    [InlineData("000_e7ad95d23837b17a.txt")]
    [InlineData("003_9f977fb7910c05ec.txt")]
    [InlineData("004_840ad37251b4b345.txt")]
    public void The_ceasefire_statement_is_dated_9_november_2020(string seed) =>
        Assert.Equal(new DateOnly(2020, 11, 9), Assert.IsType<DateValue>(One(seed, "ceasefire-statement").Value).From);

    [Fact]
    public void Seed_004_dates_the_january_statement_and_the_length_of_the_war()
    {
        Assert.Equal(new DateOnly(2021, 1, 11), Assert.IsType<DateValue>(One("004_840ad37251b4b345.txt", "moscow-statement").Value).From);
        Assert.Equal(44m, Assert.IsType<Duration>(One("004_840ad37251b4b345.txt", "war-length").Value).Nominal);
    }

    [Fact]
    public void Seed_004_news_id_is_not_a_claim() =>
        Assert.DoesNotContain(ClaimsOf("004_840ad37251b4b345.txt"), c => c.Text.Contains("1293642", StringComparison.Ordinal) || c.Line == 7);

    [Fact]
    public void Seed_004_dates_the_putin_pashinyan_meeting_on_20_mehr()
    {
        var claim = Assert.Single(ClaimsOf("004_840ad37251b4b345.txt"), c => c.Rule == "meeting-date" && c.Key.StartsWith("participants=پاشینیان+پوتین", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2021, 10, 12), Assert.IsType<DateValue>(claim.Value).From);
        Assert.Equal("participants=پاشینیان+پوتین;month=2021-10", claim.Key);
    }

    [Fact]
    public void Seed_003_says_the_fighting_began_in_shahrivar_of_last_year()
    {
        var date = Assert.IsType<DateValue>(One("003_9f977fb7910c05ec.txt", "war-start").Value);

        Assert.Equal((new DateOnly(2020, 8, 22), new DateOnly(2020, 9, 21), DatePrecision.Month), (date.From!.Value, date.To!.Value, date.Precision));
    }

    [Fact]
    public void Seed_002_thousands_who_left_make_no_claim() =>
        Assert.DoesNotContain(ClaimsOf("002_25880a7db64d84cd.txt"), c => c.Value is Quantity);

    [Fact]
    public void Claims_point_at_the_file_line_and_column_of_their_text()
    {
        var seed = FixtureFiles.Seed("004_840ad37251b4b345.txt");
        foreach (var claim in ClaimsOf("004_840ad37251b4b345.txt"))
        {
            var lineStart = seed.Lines.LineStart(claim.Line);
            Assert.Equal(claim.Text, seed.Text.Substring(lineStart + claim.Column - 1, claim.Text.Length));
            Assert.Equal(claim.Text, seed.Text[claim.Span.Start..claim.Span.End]);
        }
    }
}

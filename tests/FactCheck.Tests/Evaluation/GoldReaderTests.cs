using FactCheck.Diagnostics;
using FactCheck.Evaluation;

namespace FactCheck.Tests.Evaluation;

public sealed class GoldReaderTests
{
    private const string Valid = """
        version: 1
        story: s
        facts: [killed]
        claims:
          - article: a.txt
            line: 5
            fact: killed
            value: 240
            as-of: "2025-10-10T17:00+03:30"
            attribution: پزشکی قانونی
        findings:
          - fact: killed
            disputed: [b.txt]
            against: [a.txt]
            why: lower later
        must-not-flag:
          - fact: killed
            articles: [a.txt, c.txt]
            why: hourly updates
        """;

    private static (Gold? Gold, List<Diagnostic> Errors) Read(string text)
    {
        var errors = new List<Diagnostic>();
        return (GoldReader.Read("gold.yaml", text, errors), errors);
    }

    [Fact]
    public void Reads_claims_findings_and_pairs()
    {
        var (gold, errors) = Read(Valid);

        Assert.Empty(errors);
        var claim = Assert.Single(gold!.Claims);
        Assert.Equal(("a.txt", 5, "killed", 240m), (claim.Article, claim.Line, claim.Fact, claim.Value));
        Assert.True(claim.AsOfHasTime);
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 17, 0, 0, TimeSpan.FromHours(3.5)), claim.AsOf);
        Assert.Equal("پزشکی قانونی", claim.Attribution);
        Assert.Equal(["b.txt"], Assert.Single(gold.Findings).Disputed);
        Assert.Equal(["a.txt", "c.txt"], Assert.Single(gold.MustNotFlag).Articles);
    }

    [Theory]
    [InlineData("value: 240", "value: many", "'value' must be a number", 8)]
    [InlineData("fact: killed\n    value", "fact: kiled\n    value", "fact 'kiled' is not listed under 'facts'", 7)]
    [InlineData("version: 1", "version: 2", "version 2 is not supported", 1)]
    [InlineData("    attribution: پزشکی قانونی", "    atribution: پزشکی قانونی", "unknown key 'atribution' (did you mean 'attribution'?)", 10)]
    [InlineData("value: 240", "date: 2025-10-10\n    value: 240", "exactly one of 'value' (an amount) and 'date'", 5)]
    public void A_mistake_is_named_at_its_line(string from, string to, string message, int line)
    {
        var (gold, errors) = Read(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Null(gold);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(GoldReader.BadGoldCode, error.Code);
    }
}

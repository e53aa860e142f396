using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules.Loading;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Rules;

/// <summary>Problems a review of the rule engine found, each pinned so it stays fixed.</summary>
public sealed class RuleReviewRegressionTests
{
    private static string Rule(string id, string cue, string extra = "", string example = "value: 23") => $"""
        id: {id}
        title: {"{fa: x, en: y}"}
        value: {"{type: quantity, dimensions: [count]}"}
        cues: [{cue}]
        cue-side: after
        nature: state
        {extra}
        examples:
          - text: ۲۳ مقر بازرسی فعالیت می کند.
            {example}
        """;

    private static RuleLoadResult Load(params (string Path, string Text)[] files) =>
        RuleSetLoader.Load(files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text))));

    [Fact]
    public void A_longer_cue_of_one_rule_does_not_hide_a_shorter_cue_of_another()
    {
        var loaded = Load(("rules/a.yaml", Rule("posts", "مقر")), ("rules/b.yaml", Rule("inspection-posts", "مقر بازرسی")));
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Errors));

        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes("۲۳ مقر بازرسی فعالیت می کند."));
        var claims = new ClaimExtractor(loaded.Rules).Extract(article).Claims;

        Assert.Equal(["inspection-posts", "posts"], claims.Select(c => c.Rule).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_example_with_none_false_is_refused_not_a_crash()
    {
        var e = Assert.Single(Load(("rules/a.yaml", Rule("posts", "مقر", example: "none: false"))).Errors);

        Assert.Equal(RuleCodes.BadValue, e.Code);
        Assert.Contains("exactly one of 'value', 'date' or 'none: true'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_made_of_digits_can_never_match()
    {
        var e = Assert.Single(Load(("rules/a.yaml", Rule("posts", "مقر, ۱۹"))).Errors);

        Assert.Equal(RuleCodes.CueCannotMatch, e.Code);
    }

    [Fact]
    public void A_tolerance_out_of_range_is_refused() =>
        Assert.Equal(RuleCodes.BadValue, Assert.Single(Load(("rules/a.yaml", Rule("posts", "مقر", extra: "tolerance: -1"))).Errors).Code);

    [Fact]
    public void No_rule_files_at_all_is_an_error() =>
        Assert.Equal(RuleCodes.Missing, Assert.Single(Load().Errors).Code);

    [Fact]
    public void A_duration_scope_is_in_days_whatever_the_unit_written()
    {
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes("---\npublished: 2021-11-01\n---\nدر جریان جنگ ۳۰ ساله چیزی تغییر نکرد و درگیری های نظامی ۴۴ روزه پایان یافت.\n"));

        var claims = new ClaimExtractor(ShippedRules.Rules).Extract(article).Claims.Where(c => c.Rule == "war-length");

        Assert.Equal(["۴۴ روزه"], claims.Select(c => c.Text)); // thirty years is not a length of the 2020 war
    }
}

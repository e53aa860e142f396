using FactCheck.Rules;
using FactCheck.Rules.Loading;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Rules;

/// <summary>The rules FactCheck ships: they load, and each of their examples holds (run as a test too).</summary>
public sealed class ShippedRulesTests
{
    public static TheoryData<string> RuleIds => [.. ShippedRules.Rules.Rules.Select(r => r.Id)];

    [Fact]
    public void All_shipped_rules_load_without_a_problem() =>
        Assert.Empty(ShippedRules.Result.Errors);

    [Fact]
    public void The_rules_cover_what_the_seeds_report() =>
        Assert.Equal(
            ["building-materials", "ceasefire-statement", "checkpoints", "demined-area", "humanitarian-cargo", "meeting-date",
             "moscow-statement", "returnees", "war-length", "war-start", "war-to-ceasefire"],
            ShippedRules.Rules.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_example_of_the_rule_holds(string id)
    {
        var rule = ShippedRules.Rules.Find(id)!;

        Assert.NotEmpty(rule.Examples);
        Assert.Empty(RuleSetLoader.CheckExamples(rule));
    }

    [Fact]
    public void Returnees_are_cumulative_and_keyed_by_their_since_date()
    {
        var rule = ShippedRules.Rules.Find("returnees")!;

        Assert.Equal(FactNature.Cumulative, rule.Nature);
        Assert.Equal(KeyPartKind.DateAfter, Assert.Single(rule.Key).Kind);
    }
}

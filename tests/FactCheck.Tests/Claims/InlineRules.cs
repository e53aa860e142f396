using System.Text;
using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Claims;

/// <summary>Rules written inside a test, so that an engine test states the cues it relies on.</summary>
internal static class InlineRules
{
    /// <summary>A quantity rule counting people, with the given comma-separated cues.</summary>
    public static string People(string id, string cues, string nature = "cumulative", string extra = "") =>
        $"id: {id}\ntitle: {{fa: x, en: {id}}}\nvalue: {{type: quantity, dimensions: [people, count]}}\ncues: [{cues}]\n"
        + $"cue-window: 5\nnature: {nature}\n{extra}\nexamples: [{{text: بی ربط, none: true}}]\n";

    /// <summary>Loads rule texts, failing the test on any load error.</summary>
    public static RuleSet Load(params string[] rules)
    {
        var result = RuleSetLoader.Load(rules.Select((r, i) => ($"r{i}.yaml", Encoding.UTF8.GetBytes(r))));
        Assert.Empty(result.Errors);
        return result.Rules;
    }
}

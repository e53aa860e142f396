using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Tests.Fixtures;

/// <summary>The gate's verdict over fixtures/ (seeds and crafted articles, the Karabakh pack), as <c>factcheck check</c> judges it.</summary>
internal static class FixtureGate
{
    public static GateResult Result(Baseline? baseline = null, Severity failOn = Severity.Error)
    {
        var corpus = Corpus.Extract([.. FixtureFiles.Articles()], p => File.ReadAllBytes(Path.Combine(FixtureFiles.Root, p)), new ClaimExtractor(ShippedRules.Rules));
        var report = ConsistencyChecker.Check(corpus.Articles, ShippedRules.Rules);
        return CheckGate.Judge(report, corpus.Errors, new GateOptions(failOn, baseline ?? Baseline.Empty));
    }
}

using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Consistency;

/// <summary>Output must not depend on how many cores read the articles, nor in which order they finish.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void One_core_and_all_cores_give_the_same_findings()
    {
        var paths = FixtureFiles.Articles().ToList();
        byte[] Read(string p) => File.ReadAllBytes(Path.Combine(FixtureFiles.Root, p));
        var extractor = new ClaimExtractor(ShippedRules.Rules);

        var oneCore = ConsistencyChecker.Check(Corpus.Extract(paths, Read, extractor, jobs: 1).Articles, ShippedRules.Rules, jobs: 1);
        var allCores = ConsistencyChecker.Check(Corpus.Extract(paths, Read, extractor, jobs: Math.Max(4, Environment.ProcessorCount)).Articles, ShippedRules.Rules, jobs: Math.Max(4, Environment.ProcessorCount));

        Assert.NotEmpty(oneCore.Findings);
        Assert.Equal(oneCore.Findings.Select(f => (f.Fingerprint, f.Message)), allCores.Findings.Select(f => (f.Fingerprint, f.Message)));
        Assert.Equal(oneCore.Summary with { WithoutClaims = [] }, allCores.Summary with { WithoutClaims = [] });
        Assert.Equal(oneCore.Summary.WithoutClaims, allCores.Summary.WithoutClaims);
    }
}

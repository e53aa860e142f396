using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Tests.Fixtures;

/// <summary>Runs extraction and the consistency check over fixture paths, as `factcheck check` does.</summary>
internal static class CorpusRun
{
    public static CheckReport Check(IEnumerable<string> fixturePaths)
    {
        var corpus = Corpus.Extract([.. fixturePaths], p => File.ReadAllBytes(Path.Combine(FixtureFiles.Root, p)), new ClaimExtractor(ShippedRules.Rules));
        Assert.Empty(corpus.Errors);
        return ConsistencyChecker.Check(corpus.Articles, ShippedRules.Rules);
    }

    /// <summary>A finding as one comparable line: severity, rule, kind and the files that dissent.</summary>
    public static string Describe(Finding f) =>
        $"{FindingNames.Of(f.Severity)} {f.Rule} {FindingNames.Of(f.Kind)} <- {Path.GetFileName(f.Claims[0].Path)}";
}

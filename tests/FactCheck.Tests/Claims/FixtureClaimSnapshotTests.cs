using FactCheck.Claims;
using FactCheck.Reporting;
using FactCheck.Tests.Fixtures;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace FactCheck.Tests.Claims;

/// <summary>
/// The claims of every fixture, as <c>extract --format json</c> prints them, pinned by snapshot: a
/// change in what the rules find shows up as a reviewed diff in __snapshots__/.
/// </summary>
public sealed class FixtureClaimSnapshotTests
{
    public static TheoryData<string> Fixtures => [.. FixtureFiles.Articles()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Claims_of(string fixture)
    {
        var corpus = Corpus.Extract([fixture], p => File.ReadAllBytes(Path.Combine(FixtureFiles.Root, p)), new ClaimExtractor(ShippedRules.Rules));
        using var json = new MemoryStream();
        ExtractJsonFormatter.Write(json, corpus);

        Assert.Empty(corpus.Errors);
        Snapshot.Match(JToken.Parse(System.Text.Encoding.UTF8.GetString(json.ToArray())),
            SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(fixture)));
    }
}

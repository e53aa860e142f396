using System.Globalization;
using System.Text;
using FactCheck.Evaluation;
using FactCheck.Tests.Fixtures;
using Xunit.Abstractions;

namespace FactCheck.Tests.Discovery;

/// <summary>
/// Issue 13's measure: on each evaluation story with no rules at all, <c>discover</c> ranks the
/// story's main facts (those the gold plants a disagreement in: for the quake deaths, injured,
/// magnitude and the quake's date) in its top 10, and its drafts, loaded unedited, catch at least
/// half the planted disagreements. The scores are printed and written to TestResults/discovery-scores.txt.
/// </summary>
public sealed class DiscoveryStoryTests(ITestOutputHelper output)
{
    public const int Top = 10;

    // story, planted disagreements the drafts catch at least: what they catch today (the issue asks
    // for half, 2 of 4); raise a floor whenever a change lifts a score.
    public static TheoryData<string, int> Stories => new()
    {
        { "quake", 4 },
        { "ceasefire", 3 },
        { "aid", 3 },
        { "wildfire", 3 },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void Discover_ranks_the_main_facts_in_its_top_10_and_its_drafts_catch_half_the_planted_disagreements(string story, int mustCatch)
    {
        var gold = FixtureFiles.StoryGold(story);

        var score = DiscoveryScorer.Score(gold, FixtureFiles.Story(story));

        var text = Describe(score);
        output.WriteLine(text);
        Record(text);
        Assert.Equal(4, score.Planted);
        Assert.All(score.MainFactRanks, r => Assert.True(r.Value is <= Top, $"{story}: main fact {r.Key} ranked {r.Value?.ToString(CultureInfo.InvariantCulture) ?? "nowhere"}\n{text}"));
        Assert.True(2 * score.PlantedCaught >= score.Planted, $"{story}: drafts caught {score.PlantedCaught} of {score.Planted}, less than half\n{text}");
        Assert.True(score.PlantedCaught >= mustCatch, $"{story}: drafts caught {score.PlantedCaught} of {score.Planted}\n{text}");
    }

    private static string Describe(DiscoveryScore score)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{score.Story}: main facts ");
        text.AppendJoin(", ", score.MainFactRanks.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} #{r.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
        text.Append(CultureInfo.InvariantCulture, $"; drafts {score.Drafts}, planted caught {score.PlantedCaught}/{score.Planted}");
        text.AppendLine();
        foreach (var (fact, goldFact) in score.Facts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  #{fact.Rank} {fact.Kind}:{fact.FactKey} ({string.Join("، ", fact.Words)}) sources {fact.Sources} -> {goldFact ?? "-"}");
        }

        foreach (var missed in score.Missed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  missed: {missed.Fact} disputing {string.Join(", ", missed.Disputed)}");
        }

        return text.ToString();
    }

    private static readonly Lock Writing = new();

    private static void Record(string text)
    {
        lock (Writing)
        {
            var dir = Path.Combine(FixtureFiles.Root, "tests", "FactCheck.Tests", "TestResults");
            Directory.CreateDirectory(dir);
            File.AppendAllText(Path.Combine(dir, "discovery-scores.txt"), text, new UTF8Encoding(false));
        }
    }
}

using System.Text;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Evaluation;
using FactCheck.Reporting;
using FactCheck.Tests.Fixtures;
using Xunit.Abstractions;

namespace FactCheck.Tests.Evaluation;

/// <summary>
/// FactCheck on the evaluation stories (fixtures/stories/), with the built-in news pack alone,
/// scored against gold annotations written before the tool ran on them. The scores are printed
/// (and written to TestResults/story-scores.txt, which .ci/run shows); each is held to a floor so
/// that no change makes them worse. The floors are what the code reaches today, not the goal: the
/// goal is finding precision and planted-disagreement recall of 95%, claim recall 90%, claim
/// precision 97% (issue 12); raise a floor whenever a change lifts a score.
/// </summary>
public sealed class StoryEvaluationTests(ITestOutputHelper output)
{
    // story, claim precision, claim recall, finding precision, finding recall, must-not-flag broken at most
    public static TheoryData<string, double, double, double, double, int> Floors => new()
    {
        { "quake", 0.96, 0.90, 1.00, 1.00, 0 },
        { "ceasefire", 1.00, 0.85, 1.00, 0.75, 0 },
        { "aid", 1.00, 0.85, 1.00, 1.00, 0 },
        // written blind by another hand after the rest; its first run scored claims 81/52%, findings 40/50%
        { "wildfire", 0.98, 0.79, 1.00, 1.00, 0 },
        // written blind by another hand after the wildfire fixes; its first run scored claims 93/68%, findings 29/50%
        { "flood", 1.00, 0.85, 1.00, 1.00, 0 },
        // written blind after the flood fixes; its first run scored claims 90/51%, findings 33/50%, 6 traps broken
        { "mine", 1.00, 0.74, 1.00, 0.75, 0 },
        // written blind after the mine fixes; its first run scored claims 95/75%, findings 18/67%, 15 traps broken
        // (all its false findings are warnings now, none an error)
        { "bus", 1.00, 0.83, 0.37, 1.00, 6 },
        // written blind after the bus fixes, a different kind of story (migrants' returns: daily and running
        // counts, two governments' bodies, per-crossing parts, Dari dates); its first run scored claims 88/31%,
        // findings 25/50%, 45 traps broken, 4 false errors. Far from the targets: kept as the honest measure.
        { "returns", 0.94, 0.44, 0.31, 0.75, 36 },
        // syndication (issue 18): a wrong toll in a wire report and four copies against two outlets that checked, a copy that changed a figure
        { "wire", 1.00, 1.00, 1.00, 1.00, 0 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void The_news_pack_scores_at_least_its_floor_on_each_story(string story, double claimPrecision, double claimRecall, double findingPrecision, double findingRecall, int mustNotFlagBroken)
    {
        var score = Score(story);

        var text = new StringWriter();
        EvalTextFormatter.Write(text, score, details: true);
        output.WriteLine(text.ToString());
        Record(EvalTextFormatter.Summary(score));

        Assert.True(score.ClaimPrecision >= (decimal)claimPrecision, $"claim precision {score.ClaimPrecision:P1} < {claimPrecision:P0}\n{text}");
        Assert.True(score.ClaimRecall >= (decimal)claimRecall, $"claim recall {score.ClaimRecall:P1} < {claimRecall:P0}\n{text}");
        Assert.True(score.FindingPrecision >= (decimal)findingPrecision, $"finding precision {score.FindingPrecision:P1} < {findingPrecision:P0}\n{text}");
        Assert.True(score.FindingRecall >= (decimal)findingRecall, $"finding recall {score.FindingRecall:P1} < {findingRecall:P0}\n{text}");
        Assert.True(score.MustNotFlagViolations.Count <= mustNotFlagBroken, $"{score.MustNotFlagViolations.Count} must-not-flag pairs flagged\n{text}");
    }

    [Theory]
    [InlineData("quake")]
    [InlineData("ceasefire")]
    [InlineData("aid")]
    [InlineData("wildfire")]
    [InlineData("flood")]
    [InlineData("mine")]
    [InlineData("bus")]
    [InlineData("returns")]
    public void Every_gold_claim_points_at_a_line_of_its_article_that_holds_a_figure(string story)
    {
        var gold = Gold(story);
        var dir = Path.Combine(FixtureFiles.Fixtures, "stories", story);

        Assert.True(gold.Claims.Count >= 30, $"{story}: only {gold.Claims.Count} gold claims");
        Assert.True(gold.Findings.Count >= 3, $"{story}: only {gold.Findings.Count} planted disagreements");
        Assert.True(Directory.EnumerateFiles(dir, "*.txt").Count() >= 12);
        foreach (var claim in gold.Claims)
        {
            var lines = File.ReadAllLines(Path.Combine(dir, claim.Article));
            Assert.InRange(claim.Line, 1, lines.Length);
            Assert.Contains(lines[claim.Line - 1], c => char.IsDigit(c) || "یکدسچپشهن".Contains(c, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Copies_are_grouped_as_the_gold_groups_them()
    {
        var score = Score("wire");

        Assert.True(score.CopiesScored);
        Assert.Equal(10, score.CopyPairsExpected); // an original and four copies
        Assert.True(score.CopyPrecision >= 0.95m && score.CopyRecall >= 0.95m, EvalTextFormatter.Summary(score));
        Assert.EndsWith("; copies precision 100.0 % (10/10), recall 100.0 % (10/10)", EvalTextFormatter.Summary(score), StringComparison.Ordinal);
    }

    [Fact]
    public void Grouping_is_scored_pair_by_pair_and_not_for_a_gold_that_does_not_say()
    {
        var articles = Extract("wire");
        var report = ConsistencyChecker.Check([.. articles.Select(a => a with { Print = a.Print! with { Sentences = [] } })], ShippedRules.NewsResult.Rules);

        // sentences not compared: only the two that declare their chain are grouped with the wire
        var score = Scorer.Score(Gold("wire"), articles, report);
        Assert.Equal((3, 3, 10), (score.CopyPairsMatched, score.CopyPairsFound, score.CopyPairsExpected));
        Assert.False(Scorer.Score(Gold("quake"), Extract("quake"), ConsistencyChecker.Check(Extract("quake"), ShippedRules.NewsResult.Rules)).CopiesScored);
    }

    [Fact]
    public void A_scorer_counts_a_reported_finding_that_disputes_a_right_article_as_false()
    {
        // The scorer itself must be able to fail: a run that disputes the wrong article of a planted
        // conflict scores no true finding.
        var gold = Gold("aid");
        var planted = gold.Findings[0];
        var articles = Extract("aid");
        var report = ConsistencyChecker.Check(articles, ShippedRules.NewsResult.Rules);
        var wrongSide = report.Findings
            .Where(f => f.Rule == planted.Fact)
            .Select(f => f with { Claims = [.. f.Claims.Where(c => !planted.Disputed.Contains(Scorer.FileName(c.Path)))], Dissenting = 1 })
            .Where(f => f.Claims.Count > 0)
            .ToList();

        var score = Scorer.Score(gold, articles, report with { Findings = wrongSide });

        Assert.Equal(0, score.FindingsTrue);
        Assert.Equal(wrongSide.Count, score.FindingsReported);
        Assert.Contains(planted, score.MissedFindings);
    }

    [Theory]
    [InlineData(2)] // two articles of a trap that names nine
    [InlineData(1)] // one article said to contradict itself
    public void A_finding_setting_a_trap_s_claims_against_each_other_breaks_it_however_many_articles_it_names(int articleCount)
    {
        var gold = Gold("flood");
        var trap = gold.MustNotFlag.First(p => p.Fact == "missing" && p.Articles.Count > 2);
        var articles = Extract("flood");
        var claims = articles.Where(a => trap.Articles.Contains(Scorer.FileName(a.Path)))
            .Select(a => a.Claims.Where(c => c.Rule == "missing").ToList())
            .Where(c => c.Count >= 3 - articleCount)
            .Take(articleCount)
            .SelectMany(c => c.Take(3 - articleCount))
            .ToList();
        Assert.Equal(2, claims.Count);
        var finding = new Finding("f", "missing", string.Empty, FindingKind.StateMismatch, Severity.Error, "m", claims);
        var report = ConsistencyChecker.Check(articles, ShippedRules.NewsResult.Rules);

        var score = Scorer.Score(gold, articles, report with { Findings = [finding] });

        Assert.Contains(score.MustNotFlagViolations, v => v.Pair == trap);
    }

    private static EvalScore Score(string story)
    {
        var articles = Extract(story);
        var rules = ShippedRules.NewsResult.Rules;
        return Scorer.Score(Gold(story), articles, ConsistencyChecker.Check(articles, rules));
    }

    private static List<ArticleClaims> Extract(string story)
    {
        Assert.Empty(ShippedRules.NewsResult.Errors);
        var dir = Path.Combine(FixtureFiles.Fixtures, "stories", story);
        var paths = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => $"fixtures/stories/{story}/{Path.GetFileName(f)}").ToList();
        var corpus = Corpus.Extract(paths, p => File.ReadAllBytes(Path.Combine(FixtureFiles.Root, p)), new ClaimExtractor(ShippedRules.NewsResult.Rules));
        Assert.Empty(corpus.Errors);
        return [.. corpus.Articles];
    }

    private static Gold Gold(string story)
    {
        var path = Path.Combine(FixtureFiles.Fixtures, "stories", story, "gold.yaml");
        var errors = new List<Diagnostic>();
        var gold = GoldReader.Read($"fixtures/stories/{story}/gold.yaml", File.ReadAllText(path), errors);
        Assert.Empty(errors);
        return gold!;
    }

    private static readonly Lock Writing = new();

    private static void Record(string line)
    {
        lock (Writing)
        {
            var dir = Path.Combine(FixtureFiles.Root, "tests", "FactCheck.Tests", "TestResults");
            Directory.CreateDirectory(dir);
            File.AppendAllText(Path.Combine(dir, "story-scores.txt"), line + "\n", new UTF8Encoding(false));
        }
    }
}

using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Discovery;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Evaluation;

/// <summary>
/// Scores <c>discover</c> against a story's gold. A candidate is about the gold fact most of its
/// figures are gold claims of (same article, line and value; at least two); a main fact's rank is the
/// best rank of a candidate about it. The drafts are then loaded unedited, run over the articles like
/// any rules, and their findings scored by <see cref="Scorer"/> as findings of the gold fact their
/// candidate is about.
/// </summary>
internal static class DiscoveryScorer
{
    /// <summary>The fewest gold claims a candidate must share with a fact to be about it.</summary>
    public const int MinimumShared = 2;

    public static DiscoveryScore Score(Gold gold, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articles);
        var candidates = FactDiscoverer.Discover(articles);
        var claimsAt = gold.Claims.ToLookup(g => (g.Article, g.Line));
        var about = candidates.Select(c => (Fact: c, GoldFact: GoldFactOf(claimsAt, c))).ToList();
        var main = gold.Findings.Select(f => f.Fact).Distinct(StringComparer.Ordinal);
        var ranks = main.ToDictionary(f => f, f => about.Where(a => a.GoldFact == f).Select(a => (int?)a.Fact.Rank).Min(), StringComparer.Ordinal);

        var drafts = DraftRules.Draft(candidates);
        var rules = DraftRules.Load(drafts);
        var extractor = new ClaimExtractor(rules);
        var claims = articles.Select(extractor.Extract).ToList();
        var report = ConsistencyChecker.Check(claims, rules);
        var factOfRule = drafts.ToDictionary(d => d.Id, d => about.First(a => a.Fact == d.Fact).GoldFact, StringComparer.Ordinal);
        var asGold = report with
        {
            Findings = [.. report.Findings.Select(f => f with { Rule = factOfRule.GetValueOrDefault(f.Rule) ?? f.Rule })],
        };
        var score = Scorer.Score(gold, claims, asGold);
        return new DiscoveryScore(gold.Story, about, ranks, drafts.Count, score.Planted, score.PlantedFound, score.MissedFindings);
    }

    /// <summary>The gold fact most of the candidate's figures are claims of, when at least <see cref="MinimumShared"/> are.</summary>
    /// <param name="claimsAt">The gold's claims by article file name and line.</param>
    public static string? GoldFactOf(ILookup<(string Article, int Line), GoldClaim> claimsAt, CandidateFact fact)
    {
        ArgumentNullException.ThrowIfNull(claimsAt);
        ArgumentNullException.ThrowIfNull(fact);
        var shared = fact.Sightings
            .SelectMany(s => claimsAt[(Scorer.FileName(s.Path), s.Line)].Where(g => Same(s.Value, g)).Select(g => g.Fact).Distinct(StringComparer.Ordinal))
            .GroupBy(f => f, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return shared is not null && shared.Count() >= MinimumShared ? shared.Key : null;
    }

    private static bool Same(Value value, GoldClaim gold) => value switch
    {
        Quantity q => gold.Value is { } v && (q.Nominal ?? q.Min) == v,
        DateValue d => gold.Date is { } day && d.From == day,
        _ => false,
    };
}

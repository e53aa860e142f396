using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;

namespace FactCheck.Discovery;

/// <summary>
/// <c>check --discover</c>: the candidate facts no loaded rule covers are drafted, their drafts run
/// over the articles on their own (so they take no value from the real rules), and their
/// disagreements join the report as notes, never errors, each labelled as coming from a discovered fact.
/// </summary>
internal static class DiscoveredCheck
{
    /// <summary>What every discovered finding's message starts with.</summary>
    public const string Label = "from a discovered fact, no rule written (a note, never an error)";

    /// <param name="claimed">The claims the loaded rules made: those values are left to them.</param>
    /// <returns>The report with the discovered notes added after its own findings, and the rules that include the drafts (for formats that describe every rule).</returns>
    public static (CheckReport Report, RuleSet Rules) Add(CheckReport report, RuleSet rules, IReadOnlyList<Article> articles, IReadOnlyList<ArticleClaims> claimed, int? jobs = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(claimed);
        var taken = claimed.SelectMany(a => a.Claims).Select(c => (c.Path, c.Span.Start)).ToHashSet();
        var drafts = DraftRules.Load(DraftRules.Draft(FactDiscoverer.Discover(articles, taken)));
        var extractor = new ClaimExtractor(drafts);
        var discovered = ConsistencyChecker.Check([.. articles.Select(extractor.Extract)], drafts, jobs);
        var notes = discovered.Findings
            .Select(f => f with { Severity = Severity.Note, Message = $"{Label}: {f.Message}" })
            .ToList();
        // Only the discovered facts that disagree are shown: the others are no rule's business yet.
        var noted = notes.Select(f => (f.Rule, f.Key)).ToHashSet();
        var findings = report.Findings.Concat(notes).ToList();
        var facts = report.Facts.Concat(discovered.Facts.Where(f => noted.Contains((f.Rule.Id, f.Key)))).ToList();
        return (report with { Findings = findings, Facts = facts, Summary = report.Summary with { Findings = findings.Count, Facts = facts.Count } }, new RuleSet([.. rules.Rules, .. drafts.Rules]));
    }
}

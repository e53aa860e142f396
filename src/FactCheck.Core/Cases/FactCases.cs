using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Cases;

/// <summary>
/// A gate result as test cases: one per fact, and one per value check that flagged something (a
/// value check has no fact of its own), in name order. Every new or accepted finding lands in exactly
/// one case.
/// </summary>
public static class FactCases
{
    public static IReadOnlyList<FactCase> Of(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failOn = result.Options.FailOn;
        var fresh = result.New.ToLookup(CaseOf);
        var accepted = result.Accepted.ToLookup(a => CaseOf(a.Finding));
        var facts = result.Report.Facts.Select(f => (Id: (Rule: f.Rule.Id, f.Key), Title: f.Rule.Title.En, Claims: f.Claims.Count));
        var known = facts.Select(f => f.Id).ToHashSet();
        var others = result.New.Concat(result.Accepted.Select(a => a.Finding))
            .GroupBy(CaseOf)
            .Where(g => !known.Contains(g.Key))
            .Select(g => (Id: g.Key, Title: Title(g.First()), Claims: g.Count()));
        return [.. facts.Concat(others)
            .Select(c => new FactCase(
                c.Id.Rule,
                c.Id.Key,
                c.Title,
                c.Claims,
                [.. fresh[c.Id].Where(f => f.Severity <= failOn)],
                [.. fresh[c.Id].Where(f => f.Severity > failOn)],
                [.. accepted[c.Id]]))
            .OrderBy(c => c.Rule, StringComparer.Ordinal)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>The case a finding belongs to: its fact, or its value check.</summary>
    private static (string Rule, string Key) CaseOf(Finding finding) =>
        finding.Kind == FindingKind.BadValue ? (finding.Rule, string.Empty) : (finding.Rule, finding.Key);

    private static string Title(Finding finding) =>
        finding.Kind == FindingKind.BadValue ? ValueChecks.Get(finding.Rule).Title : finding.Rule;
}

using FactCheck.Consistency;
using FactCheck.Diagnostics;

namespace FactCheck.Gate;

/// <summary>
/// Turns a consistency report into a CI verdict: findings in the baseline are accepted, baseline
/// entries that match no finding are stale, and with --changed-since only findings touching a changed
/// article are reported (every article is still read: disagreements are not local).
/// </summary>
public static class CheckGate
{
    public static GateResult Judge(CheckReport report, IReadOnlyList<Diagnostic> errors, GateOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var inScope = report.Findings
            .Where(f => options.ChangedPaths is null || f.Articles.Any(options.ChangedPaths.Contains))
            .ToList();
        var accepted = new List<(Finding, BaselineEntry)>();
        var fresh = new List<Finding>();
        foreach (var finding in inScope)
        {
            if (options.Baseline.Find(finding.Fingerprint) is { } entry)
            {
                accepted.Add((finding, entry));
            }
            else
            {
                fresh.Add(finding);
            }
        }

        // Stale is judged against every finding, not only the changed ones: a narrowed run must not
        // call an entry stale just because its articles did not change.
        var all = report.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var stale = options.Baseline.Entries.Where(e => !all.Contains(e.Fingerprint)).ToList();
        return new GateResult(report, fresh, accepted, stale, errors, options);
    }

    /// <summary>
    /// The baseline that accepts every current finding: entries that still match keep their
    /// justification and author; new ones get the given ones.
    /// </summary>
    /// <param name="keepUnmatched">
    /// Keep the entries that match no finding too: when some article could not be read, its findings
    /// are missing from the report, and dropping their entries would lose hand-written justifications.
    /// </param>
    public static Baseline AcceptAll(CheckReport report, Baseline previous, string justification, string acceptedBy, DateOnly today, bool keepUnmatched = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        var current = report.Findings.Select(f => previous.Find(f.Fingerprint) ?? new BaselineEntry(f.Fingerprint, f.Rule, f.Message, justification, acceptedBy, today));
        return new Baseline(keepUnmatched ? current.Concat(previous.Entries) : current);
    }

    /// <summary>The baseline without its stale entries.</summary>
    public static Baseline Prune(Baseline baseline, IReadOnlyList<BaselineEntry> stale) =>
        new(baseline.Entries.Where(e => !stale.Contains(e)));
}

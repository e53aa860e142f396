using FactCheck.Consistency;

namespace FactCheck.Reporting;

/// <summary>A fact as a per-claim report shows it: its new and accepted findings, and every claim with its status, earliest first.</summary>
internal sealed record ReportedFact(Fact Fact, IReadOnlyList<Finding> New, IReadOnlyList<Finding> Accepted, IReadOnlyList<ReportedClaim> Claims)
{
    /// <summary>The most severe new finding's severity; null when no new finding is about the fact.</summary>
    public Severity? Severity => New.Count == 0 ? null : New.Min(f => f.Severity);
}

namespace FactCheck.Consistency;

/// <summary>The findings over a corpus, most severe first, and what was checked.</summary>
/// <param name="Facts">Every fact with its claims (implied ones included), by rule and key.</param>
public sealed record CheckReport(IReadOnlyList<Finding> Findings, IReadOnlyList<Fact> Facts, CheckSummary Summary)
{
    /// <summary>Whose report each article carries: copies of one report are one voice.</summary>
    public Provenance.Origins Origins { get; init; } = Provenance.Origins.Empty;
}

/// <summary>How much was read: the summary line of every report.</summary>
/// <param name="WithoutClaims">Articles no rule found anything in, in path order: what the rules do not cover is said, not hidden.</param>
public sealed record CheckSummary(int Articles, int Claims, int Facts, int Findings, IReadOnlyList<string> WithoutClaims);

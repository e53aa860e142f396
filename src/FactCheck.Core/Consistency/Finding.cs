using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// Something a fact-checker should look at: which fact, how bad, a one-line message, and a bounded
/// sample of the claims involved, the disputed ones first: at most <see cref="MaxDisputedListed"/>
/// disputed and <see cref="MaxAgreeingListed"/> agreeing, nearest in time to the first disputed one;
/// the rest are counted in <see cref="DisputedOmitted"/> and <see cref="AgreeingOmitted"/>. So a report
/// grows with its findings, not with findings times sources. <see cref="Fingerprint"/> is stable across
/// runs and edits that do not change the claims (it is built from rule, key, articles and values of
/// every disputed claim, listed or not, never from line numbers): baselines key on it.
/// </summary>
/// <param name="Involved">Every article whose claim the finding disputes, and those of the agreeing claims listed: what --changed-since looks at. Null: the paths of <see cref="Claims"/>.</param>
public sealed record Finding(
    string Fingerprint,
    string Rule,
    string Key,
    FindingKind Kind,
    Severity Severity,
    string Message,
    IReadOnlyList<Claim> Claims,
    int Dissenting = 1,
    int AgreeingOmitted = 0,
    int DisputedOmitted = 0,
    IReadOnlyList<string>? Involved = null)
{
    /// <summary>Agreeing claims listed with a finding, at most: the message counts them all.</summary>
    public const int MaxAgreeingListed = 10;

    /// <summary>Disputed claims listed with a finding, at most.</summary>
    public const int MaxDisputedListed = 10;

    /// <summary>The articles the finding involves (see <c>Involved</c>).</summary>
    public IReadOnlyList<string> Articles => Involved ?? [.. Claims.Select(c => c.Path).Distinct()];

    /// <summary>The claims the finding questions: the first <see cref="Dissenting"/> of <see cref="Claims"/>.</summary>
    public IEnumerable<Claim> Disputed => Claims.Take(Dissenting);
}

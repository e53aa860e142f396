using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// Something a fact-checker should look at: which fact, how bad, a one-line message, and every claim
/// involved, the disputed ones first (agreeing ones beyond <see cref="MaxAgreeingListed"/> are counted
/// in <see cref="AgreeingOmitted"/>, nearest in time first). <see cref="Fingerprint"/> is stable across runs and edits that do not change the claims
/// (it is built from rule, key, articles and values, never from line numbers): baselines key on it.
/// </summary>
public sealed record Finding(
    string Fingerprint,
    string Rule,
    string Key,
    FindingKind Kind,
    Severity Severity,
    string Message,
    IReadOnlyList<Claim> Claims,
    int Dissenting = 1,
    int AgreeingOmitted = 0)
{
    /// <summary>Agreeing claims listed with a finding, at most: the message counts them all.</summary>
    public const int MaxAgreeingListed = 10;

    /// <summary>The claims the finding questions: the first <see cref="Dissenting"/> of <see cref="Claims"/>.</summary>
    public IEnumerable<Claim> Disputed => Claims.Take(Dissenting);
}

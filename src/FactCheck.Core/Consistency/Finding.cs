using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// Something a fact-checker should look at: which fact, how bad, a one-line message, and every claim
/// involved, the disputed ones first. <see cref="Fingerprint"/> is stable across runs and edits that do not change the claims
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
    int Dissenting = 1)
{
    /// <summary>The claims the finding questions: the first <see cref="Dissenting"/> of <see cref="Claims"/>.</summary>
    public IEnumerable<Claim> Disputed => Claims.Take(Dissenting);
}

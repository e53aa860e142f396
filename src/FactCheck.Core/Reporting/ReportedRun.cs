using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Reporting;

/// <summary>
/// Every claim of a run with its status, for the reports that list claims one by one (HTML, CSV):
/// facts with new findings first (most severe first), then facts whose findings are all accepted,
/// then the rest; each by rule and key. Checks on single values (a weekday the date does not fall
/// on) are no fact: their claims are listed apart. Built in one pass over the findings and one over
/// the claims.
/// </summary>
internal sealed record ReportedRun(IReadOnlyList<ReportedFact> Facts, IReadOnlyList<ReportedClaim> SingleValues)
{
    public static ReportedRun Of(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var accepted = result.Accepted.Select(a => a.Finding).ToList();
        var listedBy = new Dictionary<Claim, List<Finding>>();
        var disputedNew = new HashSet<Claim>();
        var disputedAccepted = new HashSet<Claim>();
        foreach (var (finding, set) in result.New.Select(f => (f, disputedNew)).Concat(accepted.Select(f => (f, disputedAccepted))))
        {
            set.UnionWith(finding.Disputed);
            foreach (var claim in finding.Claims)
            {
                if (!listedBy.TryGetValue(claim, out var list))
                {
                    listedBy[claim] = list = [];
                }

                list.Add(finding);
            }
        }

        var newByFact = result.New.Where(f => f.Kind != FindingKind.BadValue).ToLookup(f => (f.Rule, f.Key));
        var acceptedByFact = accepted.Where(f => f.Kind != FindingKind.BadValue).ToLookup(f => (f.Rule, f.Key));
        ClaimStatus StatusOf(Claim claim, bool unsure, bool alone) =>
            disputedNew.Contains(claim) ? ClaimStatus.Disputed
            : disputedAccepted.Contains(claim) ? ClaimStatus.Accepted
            : unsure ? ClaimStatus.Unlisted
            : alone ? ClaimStatus.Uncompared
            : ClaimStatus.Agrees;

        var facts = result.Report.Facts.Select(fact =>
        {
            var fresh = newByFact[(fact.Rule.Id, fact.Key)].ToList();
            var old = acceptedByFact[(fact.Rule.Id, fact.Key)].ToList();
            var unsure = fresh.Concat(old).Any(f => f.DisputedOmitted > 0);
            var alone = fact.Claims.Count == 1;
            var claims = CopyOrder.Of(fact.Claims)
                .Select(c => new ReportedClaim(c, StatusOf(c, unsure, alone), listedBy.TryGetValue(c, out var l) ? l : []))
                .ToList();
            return new ReportedFact(fact, fresh, old, claims);
        })
            .OrderBy(f => f.Severity ?? (Severity)int.MaxValue)
            .ThenBy(f => f.Accepted.Count > 0 ? 0 : 1)
            .ThenBy(f => f.Fact.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Fact.Key, StringComparer.Ordinal)
            .ToList();

        var single = result.New.Concat(accepted)
            .Where(f => f.Kind == FindingKind.BadValue)
            .Select(f => new ReportedClaim(f.Claims[0], disputedNew.Contains(f.Claims[0]) ? ClaimStatus.Disputed : ClaimStatus.Accepted, [f]))
            .ToList();
        return new ReportedRun(facts, single);
    }
}

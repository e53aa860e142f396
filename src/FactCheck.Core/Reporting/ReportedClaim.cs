using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Reporting;

/// <summary>A claim as a per-claim report shows it: where it stands, and the findings (new or accepted) that list it.</summary>
internal sealed record ReportedClaim(Claim Claim, ClaimStatus Status, IReadOnlyList<Finding> Findings);

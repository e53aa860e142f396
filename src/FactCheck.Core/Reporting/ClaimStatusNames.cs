namespace FactCheck.Reporting;

/// <summary>The names of <see cref="ClaimStatus"/> in every report (a public contract of the CSV).</summary>
internal static class ClaimStatusNames
{
    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Disputed => "disputed",
        ClaimStatus.Accepted => "accepted",
        ClaimStatus.Unlisted => "unlisted",
        ClaimStatus.Agrees => "agrees",
        ClaimStatus.Uncompared => "uncompared",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a claim status without its name"),
    };
}

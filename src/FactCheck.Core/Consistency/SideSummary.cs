using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// What a finding's message says of one side: its outlets (the first three, and how many in all),
/// its distinct values, whether one article speaks for it, and whether it is all inference. A side
/// can hold thousands of claims; this is read in one pass, and a sliding window builds it from ids
/// it assigned once per fact rather than hashing every claim again at every conflict.
/// </summary>
internal sealed record SideSummary(IReadOnlyList<Claim> FirstOutlets, int OutletCount, IReadOnlyList<Claim> DistinctValues, bool OneArticle, bool AllImplied)
{
    public const int OutletsNamed = 3;

    public static SideSummary Of(IReadOnlyList<Claim> claims)
    {
        var outlets = new HashSet<(string, DateOnly?)>();
        var values = new HashSet<(Values.Value, string?)>();
        var first = new List<Claim>(OutletsNamed);
        var distinct = new List<Claim>();
        foreach (var claim in claims)
        {
            if (outlets.Add(Outlet(claim)) && first.Count < OutletsNamed)
            {
                first.Add(claim);
            }

            if (values.Add(ValueKey(claim)))
            {
                distinct.Add(claim);
            }
        }

        return new SideSummary(first, outlets.Count, distinct, OneArticleIn(claims), claims.All(c => c.Derivation is not null));
    }

    /// <summary>Who says it, as a message names it: the outlet (or file) and the publication date.</summary>
    public static (string, DateOnly?) Outlet(Claim claim) => (claim.Source ?? claim.Path, claim.Published);

    /// <summary>What it says, wherever it says it.</summary>
    public static (Values.Value, string?) ValueKey(Claim claim) => (claim.Value with { Span = default }, claim.Derivation);

    private static bool OneArticleIn(IReadOnlyList<Claim> claims)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i].Source != claims[0].Source || claims[i].Path != claims[0].Path || claims[i].Published != claims[0].Published)
            {
                return false;
            }
        }

        return claims.Count > 0;
    }
}

using FactCheck.Claims;

namespace FactCheck.Reporting;

/// <summary>
/// The order a fact's claims are listed in: by as-of, then article and place; where some articles
/// carry another's report, each report's copies follow right under it (its original first), so a
/// reader sees one report and its copies together, not five «sources» scattered through the list.
/// </summary>
internal static class CopyOrder
{
    public static IEnumerable<Claim> Of(IReadOnlyCollection<Claim> claims)
    {
        var plain = claims.OrderBy(c => c.AsOf).ThenBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Span.Start);
        if (!claims.Any(IsCopy))
        {
            return plain; // no copies: the order every report had before copies were found
        }

        var firstOfReport = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var claim in plain)
        {
            firstOfReport.TryAdd(Report(claim), claim.AsOf);
        }

        return plain
            .OrderBy(c => firstOfReport[Report(c)])
            .ThenBy(Report, StringComparer.Ordinal)
            .ThenBy(c => IsCopy(c) ? 1 : 0); // stable: within a report, the plain order
    }

    private static bool IsCopy(Claim claim) => claim.Origin is { OriginalPath: var original } && original != claim.Path;

    private static string Report(Claim claim) => claim.Origin?.OriginalPath ?? claim.Path;
}

using System.Globalization;
using FactCheck.Claims;
using Humanizer;

namespace FactCheck.Reporting;

/// <summary>
/// Whose report a claim's article carries and how many copies give the figure, written next to the
/// outlet in every report for people: « (report of X, 4 copies)», « (original, 4 copies)», or nothing
/// when the article is its own report alone.
/// </summary>
internal static class OriginText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Of(Claim claim) => claim.Origin switch
    {
        { OriginalPath: var original, Name: var name } when original != claim.Path => $" (report of {name}, {Copies(claim)})",
        _ when claim.Copies > 1 => $" (original, {Copies(claim)})",
        _ => string.Empty,
    };

    /// <summary>The origin's name for a copy, null for an original or an article nobody copied.</summary>
    public static string? OriginName(Claim claim) =>
        claim.Origin is { OriginalPath: var original, Name: var name } && original != claim.Path ? name : null;

    private static string Copies(Claim claim) => "copy".ToQuantity(claim.Copies, "N0", English);
}

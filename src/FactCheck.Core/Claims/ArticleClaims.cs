using FactCheck.Articles;

namespace FactCheck.Claims;

/// <summary>
/// An article's path, metadata and claims, in text order. The text itself is not kept: memory grows
/// with the claims, not with the corpus.
/// </summary>
/// <param name="Flagged">Values wrong in themselves, whatever the rules: a weekday the date does not fall on, a
/// day that does not exist, a range written backwards. Their <see cref="Claim.Rule"/> names the check.</param>
public sealed record ArticleClaims(string Path, ArticleMetadata Metadata, IReadOnlyList<Claim> Claims, IReadOnlyList<Claim> Flagged)
{
    /// <summary>What of the text is kept to find the article's copies; null when not read from text.</summary>
    public Provenance.ReportPrint? Print { get; init; }
}

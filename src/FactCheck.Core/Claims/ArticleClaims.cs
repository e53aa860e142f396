using FactCheck.Articles;

namespace FactCheck.Claims;

/// <summary>
/// An article's path, metadata and claims, in text order. The text itself is not kept: memory grows
/// with the claims, not with the corpus.
/// </summary>
public sealed record ArticleClaims(string Path, ArticleMetadata Metadata, IReadOnlyList<Claim> Claims);

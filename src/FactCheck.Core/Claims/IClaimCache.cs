namespace FactCheck.Claims;

/// <summary>
/// Extraction results kept between runs, so that a check after a few articles were added re-reads only
/// those. Keyed by <see cref="ClaimCacheKey"/> (the article's bytes and path, the rules, the tool),
/// never by a file's time. The library never touches a disk: the CLI gives it a folder behind this.
/// </summary>
public interface IClaimCache
{
    /// <summary>The claims stored under the key; null when there are none (or they cannot be read).</summary>
    ArticleClaims? Find(string key);

    void Store(string key, ArticleClaims claims);
}

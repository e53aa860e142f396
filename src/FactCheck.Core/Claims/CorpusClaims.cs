using FactCheck.Diagnostics;

namespace FactCheck.Claims;

/// <summary>The claims of every article that could be read, in path order, and why the others could not.</summary>
public sealed record CorpusClaims(IReadOnlyList<ArticleClaims> Articles, IReadOnlyList<Diagnostic> Errors)
{
    public int ClaimCount => Articles.Sum(a => a.Claims.Count);
}

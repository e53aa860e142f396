using FactCheck.Articles;
using FactCheck.Diagnostics;

namespace FactCheck.Claims;

/// <summary>
/// Extracts claims from many articles. It is handed paths and a way to read them, never touches a
/// file system itself, and never skips an article silently: one that cannot be read or parsed
/// becomes a diagnostic naming it, and the others are still read.
/// </summary>
public static class Corpus
{
    public const string UnreadableCode = "FC002";

    /// <param name="progress">Told how many articles are done, for a progress display.</param>
    /// <param name="jobs">How many articles are read at once (default: one per core). The result is the same for any value.</param>
    public static CorpusClaims Extract(IReadOnlyList<string> paths, Func<string, byte[]> read, ClaimExtractor extractor, Action<int>? progress = null, int? jobs = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Extract(paths, (string path, ref byte[] _) => read(path), extractor, progress, jobs);
    }

    /// <param name="cache">Where the claims of articles already read are kept: an article found there is not extracted again.</param>
    public static CorpusClaims Extract(IReadOnlyList<string> paths, ArticleBytesReader read, ClaimExtractor extractor, ClaimCacheKey? cache, Action<int>? progress = null, int? jobs = null) =>
        Extract(paths, read, extractor, progress, jobs, cache);

    /// <param name="read">Reads an article into a buffer each worker keeps (and the reader may replace with a larger one): no array a file.</param>
    public static CorpusClaims Extract(IReadOnlyList<string> paths, ArticleBytesReader read, ClaimExtractor extractor, Action<int>? progress = null, int? jobs = null) =>
        Extract(paths, read, extractor, progress, jobs, cache: null);

    private static CorpusClaims Extract(IReadOnlyList<string> paths, ArticleBytesReader read, ClaimExtractor extractor, Action<int>? progress, int? jobs, ClaimCacheKey? cache)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(extractor);
        // Each article lands in its own slot, so the merge below is in path order whatever the scheduling.
        var results = new ArticleClaims?[paths.Count];
        var failures = new Diagnostic?[paths.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs ?? Environment.ProcessorCount };
        Parallel.For(0, paths.Count, options, () => new byte[1 << 16], (i, _, buffer) =>
        {
            var path = paths[i];
            try
            {
                var bytes = read(path, ref buffer);
                var key = cache?.Of(path, bytes.Span);
                if (key is null || cache!.Cache.Find(key) is not { } claims)
                {
                    claims = extractor.Extract(ArticleReader.Read(path, bytes.Span));
                    if (key is not null)
                    {
                        cache!.Cache.Store(key, claims);
                    }
                }

                results[i] = claims;
            }
            catch (FactCheckException e)
            {
                failures[i] = new Diagnostic(e.Code, e.Location, e.Detail);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = new Diagnostic(UnreadableCode, new SourceLocation(path, 1, 1), $"cannot read the article: {e.Message}");
            }

            progress?.Invoke(Interlocked.Increment(ref done));
            return buffer;
        }, static _ => { });

        return new CorpusClaims([.. results.OfType<ArticleClaims>()], [.. failures.OfType<Diagnostic>()]);
    }
}

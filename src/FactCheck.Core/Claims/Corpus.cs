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
    public static CorpusClaims Extract(IReadOnlyList<string> paths, Func<string, byte[]> read, ClaimExtractor extractor, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(extractor);
        var articles = new List<ArticleClaims>(paths.Count);
        var errors = new List<Diagnostic>();
        foreach (var path in paths)
        {
            try
            {
                articles.Add(extractor.Extract(ArticleReader.Read(path, read(path))));
            }
            catch (FactCheckException e)
            {
                errors.Add(new Diagnostic(e.Code, e.Location, e.Detail));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new Diagnostic(UnreadableCode, new SourceLocation(path, 1, 1), $"cannot read the article: {e.Message}"));
            }

            progress?.Invoke(articles.Count + errors.Count);
        }

        return new CorpusClaims(articles, errors);
    }
}

using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Cli.Input;
using FactCheck.Diagnostics;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Extracts the claims of the articles, and survives an internal error in one of them: the article
/// is found by extracting them one at a time, named as a problem, and the rest are still judged.
/// </summary>
internal static class Extraction
{
    public const string InternalErrorCode = "FC010";

    /// <param name="cache">Extraction results kept between runs, if any.</param>
    public static CorpusClaims Run(IReadOnlyList<string> files, ClaimExtractor extractor, Action<int>? progress = null, int? jobs = null, ClaimCacheKey? cache = null)
    {
        var reader = ArticleFiles.Reader();
        Activity.Current = $"reading {files.Count} article(s)";
        try
        {
            return Corpus.Extract(files, reader, extractor, cache, progress, jobs);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var articles = new List<ArticleClaims>();
            var errors = new List<Diagnostic>();
            foreach (var file in files)
            {
                Activity.Current = $"reading {file}";
                try
                {
                    var one = Corpus.Extract([file], reader, extractor, cache, jobs: 1);
                    articles.AddRange(one.Articles);
                    errors.AddRange(one.Errors);
                }
                catch (Exception inner) when (inner is not OutOfMemoryException)
                {
                    errors.Add(new Diagnostic(InternalErrorCode, new SourceLocation(file, 1, 1), $"FactCheck could not judge this article: internal error ({Describe(inner)}); please report it"));
                }
            }

            return new CorpusClaims(articles, errors);
        }
    }

    /// <summary>
    /// The articles themselves, text kept, for commands that read more than claims (<c>discover</c>);
    /// one that cannot be read is a problem named in <paramref name="errors"/>, the rest are read.
    /// </summary>
    public static List<Article> ReadArticles(IReadOnlyList<string> files, out List<Diagnostic> errors)
    {
        var reader = ArticleFiles.Reader();
        var buffer = new byte[1 << 16];
        var articles = new List<Article>();
        errors = [];
        foreach (var file in files)
        {
            Activity.Current = $"reading {file}";
            try
            {
                articles.Add(ArticleReader.Read(file, reader(file, ref buffer).Span));
            }
            catch (FactCheckException e)
            {
                errors.Add(new Diagnostic(e.Code, e.Location, e.Detail));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new Diagnostic(Corpus.UnreadableCode, new SourceLocation(file, 1, 1), $"cannot read the article: {e.Message}"));
            }
        }

        return articles;
    }

    /// <summary>The exception as a person reads it: the first real one inside a parallel loop's wrapper.</summary>
    public static string Describe(Exception e) =>
        e is AggregateException { InnerExceptions: [var first, ..] } ? Describe(first) : $"{e.GetType().Name}: {e.Message}";
}

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

    public static CorpusClaims Run(IReadOnlyList<string> files, ClaimExtractor extractor, Action<int>? progress = null, int? jobs = null)
    {
        var reader = ArticleFiles.Reader();
        Activity.Current = $"reading {files.Count} article(s)";
        try
        {
            return Corpus.Extract(files, reader, extractor, progress, jobs);
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
                    var one = Corpus.Extract([file], reader, extractor, jobs: 1);
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

    /// <summary>The exception as a person reads it: the first real one inside a parallel loop's wrapper.</summary>
    public static string Describe(Exception e) =>
        e is AggregateException { InnerExceptions: [var first, ..] } ? Describe(first) : $"{e.GetType().Name}: {e.Message}";
}

using FactCheck.Claims;
using FactCheck.Claims.Lines;
using FactCheck.Diagnostics;

namespace FactCheck.Cli.Input;

/// <summary>
/// Reads the claims files <c>check --claims</c> is given (each from <c>extract --format jsonl</c>, one
/// shard of the articles each, or all of them) into one corpus in path order, as a run over the articles
/// would have extracted it. A bad line, an unreadable file or an article in two files is a problem named
/// at its place: the run then cannot judge.
/// </summary>
internal static class ClaimFiles
{
    public const string ArticleTwiceCode = "FC602";

    /// <param name="keep">Which claims to keep, by rule and key (a partition's share); null keeps all.</param>
    /// <param name="claimsRead">How many claims the files hold, kept or not.</param>
    /// <param name="rulesHash">The rules this run loaded: files extracted with other rules are refused.</param>
    public static CorpusClaims Read(IReadOnlyList<string> files, Func<string, string, bool>? keep, string? rulesHash, List<Diagnostic> problems, out int claimsRead)
    {
        var count = 0;
        Func<string, string, bool> counted = (rule, key) =>
        {
            count++;
            return keep is null || keep(rule, key);
        };
        var articles = new List<ArticleClaims>();
        var errors = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Activity.Current = $"reading the claims in {file}";
            try
            {
                using var text = new StreamReader(file, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
                var one = ClaimLinesReader.Read(file, text, problems, counted, rulesHash);
                foreach (var article in one.Articles)
                {
                    if (!seen.TryAdd(article.Path, file))
                    {
                        problems.Add(new Diagnostic(ArticleTwiceCode, new SourceLocation(file, 1, 1), $"the article '{article.Path}' is also in {seen[article.Path]}: each article's claims belong in one file"));
                    }
                }

                articles.AddRange(one.Articles);
                errors.AddRange(one.Errors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                problems.Add(new Diagnostic(Corpus.UnreadableCode, new SourceLocation(file, 1, 1), $"cannot read the claims file: {e.Message}"));
            }
        }

        claimsRead = count;
        // Shards may come in any order: the articles are put back in the order a run over them reads them.
        return new CorpusClaims([.. articles.OrderBy(a => a.Path, StringComparer.Ordinal)], errors);
    }
}

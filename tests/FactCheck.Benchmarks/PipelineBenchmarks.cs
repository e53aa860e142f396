using BenchmarkDotNet.Attributes;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;
using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Benchmarks;

/// <summary>
/// Each stage of the pipeline over the same generated articles (about 1 MB, seeded), reported per
/// operation with allocations. Run: dotnet run -c Release --project tests/FactCheck.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Article[] _articles = [];
    private TokenizedText[] _tokens = [];
    private byte[][] _classes = [];
    private ClaimExtractor _extractor = null!;
    private RuleSet _rules = null!;
    private ArticleClaims[] _claims = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1400);
        _articles = [.. Enumerable.Range(0, 160).Select(i => ArticleReader.Read($"a{i}.txt", System.Text.Encoding.UTF8.GetBytes(CorpusGenerator.Article(random, i))))];
        _tokens = [.. _articles.Select(a => TokenizedText.From(a.Text, a.BodyStart))];
        _classes = [.. _tokens.Select(ValueRecognizer.Persian.Starters.Classify)];
        _rules = Stages.LoadRules(Path.Combine(RepositoryRoot(), "rules"));
        _extractor = new ClaimExtractor(_rules);
        _claims = [.. _articles.Select(_extractor.Extract)];
    }

    [Benchmark(Description = "normalize")]
    public int Normalize() => _articles.Sum(a =>
    {
        var normalized = TextNormalizer.Normalize(a.Text, a.BodyStart);
        normalized.Release(); // as the extractor does: the buffer goes back to the pool
        return normalized.Length;
    });

    [Benchmark(Description = "normalize + tokenize")]
    public int Tokenize() => _articles.Sum(a =>
    {
        using var tokens = TokenizedText.From(a.Text, a.BodyStart);
        return tokens.Count;
    });

    [Benchmark(Description = "recognize numbers and dates")]
    public int Recognize()
    {
        var n = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            n += ValueRecognizer.Persian.RecognizePlaced(_tokens[i], _articles[i].Metadata.Published, _classes[i]).Count;
        }

        return n;
    }

    [Benchmark(Description = "extract claims (rule matching, from text)")]
    public int Extract() => _articles.Sum(a => _extractor.Extract(a).Claims.Count);

    [Benchmark(Description = "line up claims and check")]
    public int LineUp() => ConsistencyChecker.Check(_claims, _rules).Findings.Count;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}

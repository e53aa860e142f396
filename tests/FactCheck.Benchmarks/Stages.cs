using System.Diagnostics;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;
using FactCheck.Rules.Loading;
using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Benchmarks;

/// <summary>Where the time goes, stage by stage, on one core: the profile that decides what to optimize.</summary>
internal static class Stages
{
    public static RuleSet LoadRules(string dir) =>
        RuleSetLoader.Load(Directory.GetFiles(dir, "*.yaml").Select(f => (f, File.ReadAllBytes(f)))).Rules;

    public static int Run(string corpus, string rulesDir)
    {
        var rules = LoadRules(rulesDir);
        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var total = bytes.Sum(b => (long)b.Length) / 1e6;
        Time("decode UTF-8 only", () => bytes.Select((b, i) => FactCheck.Text.StrictUtf8.Decode(b, files[i])).ToArray(), total);
        var articles = Time("read article (decode + front matter)", () => bytes.Select((b, i) => ArticleReader.Read(files[i], b)).ToArray(), total);
        var bodies = articles.Select(a => a.Body).ToArray();
        var normalized = Time("normalize", () => bodies.Select(b => TextNormalizer.Normalize(b)).ToArray(), total);
        Time("tokenize", () => normalized.Select(Tokenizer.Tokenize).ToArray(), total);
        var tokens = bodies.Select(b => TokenizedText.From(b)).ToArray();
        var classes = Time("classify words", () => tokens.Select(t => ValueRecognizer.Persian.Starters.Classify(t)).ToArray(), total);
        Time("recognize values (classified)", () => tokens.Select((t, i) => ValueRecognizer.Persian.RecognizePlaced(t, null, classes[i])).ToArray(), total);
        var extractor = new ClaimExtractor(rules);
        var claims = Time("extract claims (all of the above + rules)", () => articles.Select(extractor.Extract).ToArray(), total);
        Time("line up and check", () => ConsistencyChecker.Check(claims, rules), total);
        return 0;
    }

    /// <summary>
    /// The CLI's extraction (files read inside the parallel loop) run several times in one process:
    /// the first run pays for warm-up (tiering, caches), the later ones show the steady state.
    /// </summary>
    public static int Warm(string corpus, string rulesDir, int jobs)
    {
        var rules = LoadRules(rulesDir);
        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var extractor = new ClaimExtractor(rules);
        for (var run = 1; run <= 4; run++)
        {
            var watch = Stopwatch.StartNew();
            var gcs = GC.CollectionCount(0);
            var claims = Corpus.Extract(files, File.ReadAllBytes, extractor, jobs: jobs);
            var extract = watch.Elapsed.TotalSeconds;
            ConsistencyChecker.Check(claims.Articles, rules);
            Console.WriteLine($"run {run}: extract {extract:F3} s, line up {watch.Elapsed.TotalSeconds - extract:F3} s, gen0 GCs {GC.CollectionCount(0) - gcs}");
        }

        return 0;
    }

    private static T Time<T>(string stage, Func<T> work, double megabytes)
    {
        work(); // warm up the JIT
        var times = new List<double>();
        T result = default!;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            result = work();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        var median = times.Order().ElementAt(1);
        Console.WriteLine($"{stage,-45} {median:F3} s  {megabytes / median,7:F1} MB/s (median of 3)");
        return result;
    }
}

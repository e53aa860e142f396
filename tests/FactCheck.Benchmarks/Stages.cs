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
        Time("YAML front matter only", () => bytes.Select(b => { var y = new YamlDotNet.RepresentationModel.YamlStream(); y.Load(new StringReader(System.Text.Encoding.UTF8.GetString(b, 0, 200).Split("\n---\n")[0][4..])); return y; }).ToArray(), total);
        var articles = Time("read front matter + decode", () => bytes.Select((b, i) => ArticleReader.Read(files[i], b)).ToArray(), total);
        var tokens = Time("normalize + tokenize", () => articles.Select(a => TokenizedText.From(a.Body)).ToArray(), total);
        Time("recognize values", () => tokens.Select(t => ValueRecognizer.Persian.RecognizePlaced(t)).ToArray(), total);
        var extractor = new ClaimExtractor(rules);
        var claims = Time("extract claims (all of the above + rules)", () => articles.Select(extractor.Extract).ToArray(), total);
        Time("line up and check", () => ConsistencyChecker.Check(claims, rules), total);
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

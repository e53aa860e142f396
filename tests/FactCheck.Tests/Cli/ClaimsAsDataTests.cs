using System.Text;
using System.Text.Json;
using FactCheck.Benchmarks;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// Claims as data: <c>extract --format jsonl</c> then <c>check --claims</c> must report exactly what a
/// check over the articles reports, in every format; partitions must add up to the whole.
/// </summary>
public sealed class ClaimsAsDataTests : IDisposable
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github", "markdown", "junit"];
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-claims-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static FactCheckProcess.Result Run(params string[] args) => FactCheckProcess.Run(args, [], FixtureFiles.Root);

    private string Extract(string name, params string[] args)
    {
        var result = Run(["extract", .. args, "--format", "jsonl"]);
        Assert.True(result.ExitCode is 0 or 2, result.Stderr);
        var file = Path.Combine(_dir, name);
        File.WriteAllText(file, result.Stdout, new UTF8Encoding(false));
        return file;
    }

    [Theory]
    [InlineData("fixtures", "fixtures")]
    [InlineData("stories", "fixtures/stories")]
    public void Check_over_claims_files_prints_what_check_over_the_articles_prints(string name, string articles)
    {
        var claims = Extract($"{name}.jsonl", articles);
        // The claims file lies outside the project: the rules are named, as the articles' factcheck.yaml names them.
        var rules = name == "fixtures" ? new[] { "--rules", "rules" } : ["--rules", "rules/news"];

        foreach (var format in Formats)
        {
            var direct = Run(["check", articles, "--format", format, .. rules]);
            var fromClaims = Run(["check", "--claims", claims, "--format", format, .. rules]);

            Assert.Equal(direct.ExitCode, fromClaims.ExitCode);
            Assert.Equal(direct.Stdout, fromClaims.Stdout);
            Assert.Equal(direct.Stderr, fromClaims.Stderr);
        }

        Assert.Contains("\"fingerprint\"", Run(["check", "--claims", claims, "--format", "json", .. rules]).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_corpus_in_shards_checks_as_the_whole_and_its_partitions_add_up_to_it()
    {
        var corpus = Path.Combine(_dir, "corpus");
        Directory.CreateDirectory(corpus);
        var random = new Random(17);
        for (var i = 0; i < 300; i++)
        {
            var folder = Path.Combine(corpus, (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{i:D4}.txt"), DenseCorpus.Article(random, i), new UTF8Encoding(false));
        }

        // Two shards, extracted apart and given in reverse order: the articles are put back in order.
        string[] rules = ["--rules", "rules"];
        var shards = new[] { Extract("b.jsonl", [Path.Combine(corpus, "1"), .. rules]), Extract("a.jsonl", [Path.Combine(corpus, "0"), .. rules]) };
        var direct = Run(["check", corpus, "--format", "json", .. rules]);
        var whole = Run(["check", "--claims", .. shards, "--format", "json", .. rules]);
        Assert.Equal(1, direct.ExitCode);
        Assert.Equal(Fingerprints(direct.Stdout), Fingerprints(whole.Stdout));
        Assert.Equal(Findings(direct.Stdout), Findings(whole.Stdout));

        var union = new List<string>();
        var shares = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            var part = Run(["check", "--claims", .. shards, "--format", "json", "--partition", $"{i}/3", "--allow-no-claims", .. rules]);
            Assert.True(part.ExitCode is 0 or 1, part.Stderr);
            var found = Fingerprints(part.Stdout);
            shares.Add(found.Count);
            union.AddRange(found);
        }

        Assert.True(Fingerprints(direct.Stdout).Count > 5);
        Assert.Equal(Fingerprints(direct.Stdout).Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
        Assert.True(shares.Count(n => n > 0) >= 2, "the facts are shared out, not all in one partition");
    }

    [Fact]
    public void A_bad_line_is_named_by_file_line_and_column_and_nothing_is_judged()
    {
        var claims = Extract("seeds.jsonl", "fixtures/seeds");
        var lines = File.ReadAllLines(claims).ToList();
        lines[2] = lines[2].Replace("\"rule\":", "\"rul\":", StringComparison.Ordinal);
        lines.Insert(4, "{\"type\":\"claim\",");
        File.WriteAllLines(claims, lines);

        var result = Run("check", "--claims", claims, "--rules", "rules", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains($"{claims}:3:1: FC601: a claim has no 'rule'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{claims}:5:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("FC601: not a JSON object on one line", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schema\":\"something-else\",\"version\":1}", "1:1: FC601: the first line must be")]
    [InlineData("{\"schema\":\"factcheck-claims\",\"version\":2}", "1:30: FC601: the header's 'version' must be 1")]
    [InlineData("", "1:1: FC601: empty")]
    public void A_file_that_is_not_claims_is_refused(string header, string expected)
    {
        var file = Path.Combine(_dir, "not-claims.jsonl");
        File.WriteAllText(file, header.Length == 0 ? string.Empty : header + "\n");

        var result = Run("check", "--claims", file, "--rules", "rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:{expected}", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_this_version_does_not_have_is_named_where_it_stands()
    {
        var claims = Extract("seeds.jsonl", "fixtures/seeds");
        var lines = File.ReadAllLines(claims);
        lines[2] = lines[2].Replace("\"via\":", "\"extra\":1,\"via\":", StringComparison.Ordinal);
        File.WriteAllLines(claims, lines);

        var result = Run("check", "--claims", claims, "--rules", "rules");

        Assert.Equal(2, result.ExitCode);
        var column = lines[2].IndexOf("\"extra\"", StringComparison.Ordinal) + 1;
        Assert.Contains($"{claims}:3:{column}: FC601: a claim has a field 'extra' that version 1 of factcheck-claims does not have", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_extracted_with_other_rules_are_refused()
    {
        var claims = Extract("seeds.jsonl", "fixtures/seeds");

        var result = Run("check", "--claims", claims, "--rules", "rules/news");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{claims}:1:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("FC601: the header's 'rules' must be the rules this run loaded", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_in_two_files_is_refused()
    {
        var first = Extract("one.jsonl", "fixtures/seeds");
        var second = Path.Combine(_dir, "two.jsonl");
        File.Copy(first, second);

        var result = Run("check", "--claims", first, second, "--rules", "rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{second}:1:1: FC602: the article 'fixtures/seeds/000_e7ad95d23837b17a.txt' is also in {first}", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1-3")]
    [InlineData("x/3")]
    public void A_partition_outside_one_to_n_is_an_option_error(string partition)
    {
        var result = Run("check", "fixtures/seeds", "--rules", "rules", "--partition", partition);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--partition takes I/N, share I of N with 1 <= I <= N (such as 2/4); '{partition}' is not one", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--update-baseline")]
    [InlineData("--prune-baseline")]
    public void A_partition_never_rewrites_the_baseline(string option)
    {
        var baseline = Path.Combine(_dir, "baseline.json");

        var result = Run("check", "fixtures/seeds", "--rules", "rules", "--partition", "1/2", "--baseline", baseline, option);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} needs every fact: run it without --partition", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(baseline));
    }

    [Fact]
    public void Each_claim_line_carries_the_schema_fields()
    {
        var lines = File.ReadAllLines(Extract("seeds.jsonl", "fixtures/seeds"));

        using var header = JsonDocument.Parse(lines[0]);
        Assert.Equal("factcheck-claims", header.RootElement.GetProperty("schema").GetString());
        Assert.Equal(1, header.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(64, header.RootElement.GetProperty("rules").GetString()!.Length);
        var claim = lines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("type").GetString() == "claim");
        foreach (var field in new[] { "path", "source", "published", "rule", "key", "text", "line", "column", "span", "sentence", "asOf", "asOfTime", "asOfBasis", "speaker", "via", "value" })
        {
            Assert.True(claim.TryGetProperty(field, out _), field);
        }

        Assert.Equal(5, lines.Count(l => l.StartsWith("{\"type\":\"article\"", StringComparison.Ordinal)));
    }

    private static List<string> Fingerprints(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!)];
    }

    private static string Findings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").GetRawText();
    }
}

using System.Text;
using System.Text.Json;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// The extraction cache: a warm run prints what a cold one prints, byte for byte; an entry is found only
/// for the same article bytes, rules and tool. To see which articles came from the cache, the tests
/// rewrite the source named in every entry: a claim that still names it was not extracted again.
/// </summary>
public sealed class ExtractionCacheTests : IDisposable
{
    private const string Tampered = "از حافظه";
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-cache-").FullName;

    public ExtractionCacheTests()
    {
        foreach (var folder in new[] { "seeds", "crafted" })
        {
            Directory.CreateDirectory(Path.Combine(_dir, "articles", folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(FixtureFiles.Fixtures, folder), "*.txt"))
            {
                File.Copy(file, Path.Combine(_dir, "articles", folder, Path.GetFileName(file)));
            }
        }

        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.Copy(Path.Combine(FixtureFiles.Root, "rules", "karabakh-2020", "checkpoints.yaml"), Path.Combine(_dir, "rules", "checkpoints.yaml"));
        Config("packs: [news]\nrules: [rules]\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string CacheFolder => Path.Combine(_dir, ".factcheck", "cache");

    [Fact]
    public void A_warm_run_prints_what_a_cold_run_prints_and_reads_every_article_from_the_cache()
    {
        var cold = Check();
        var entries = Entries();
        var warm = Check();

        Assert.Equal(1, cold.ExitCode);
        Assert.Equal(cold.ExitCode, warm.ExitCode);
        Assert.Equal(cold.Stdout, warm.Stdout);
        Assert.Equal(15, entries.Length); // one an article
        Assert.Equal("*", File.ReadAllLines(Path.Combine(CacheFolder, ".gitignore"))[^1]);

        TamperEveryEntry();
        var sources = Sources(Check().Stdout).Where(s => s.Source is not null).ToList(); // an article may name no source
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal(Tampered, s.Source));
    }

    [Fact]
    public void A_changed_article_is_extracted_again_and_only_it()
    {
        Check();
        TamperEveryEntry();
        var changed = Path.Combine(_dir, "articles", "crafted", "checkpoints-state.txt");
        File.AppendAllText(changed, "\nیک خط تازه.\n", new UTF8Encoding(false));

        var sources = Sources(Check().Stdout);

        Assert.Contains(sources, s => s.Path.EndsWith("checkpoints-state.txt", StringComparison.Ordinal) && s.Source != Tampered);
        Assert.Contains(sources, s => !s.Path.EndsWith("checkpoints-state.txt", StringComparison.Ordinal) && s.Source == Tampered);
        Assert.DoesNotContain(sources, s => s.Path.EndsWith("checkpoints-state.txt", StringComparison.Ordinal) && s.Source == Tampered);
    }

    [Fact]
    public void A_changed_rule_extracts_every_article_again()
    {
        var cold = Check();
        TamperEveryEntry();
        File.AppendAllText(Path.Combine(_dir, "rules", "checkpoints.yaml"), "# a comment changes the rules' bytes\n");

        var warm = Check();

        Assert.Equal(cold.Stdout, warm.Stdout);
        Assert.DoesNotContain(Tampered, warm.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_it_and_the_config_names_the_folder()
    {
        Check("--no-cache");
        Assert.False(Directory.Exists(CacheFolder));

        Config("packs: [news]\nrules: [rules]\ncache: build/claims\n");
        Check();
        Assert.False(Directory.Exists(CacheFolder));
        Assert.Equal(15, Directory.GetFiles(Path.Combine(_dir, "build", "claims"), "*.jsonl", SearchOption.AllDirectories).Length);

        File.Delete(Path.Combine(_dir, "factcheck.yaml"));
        TamperEveryEntry(Path.Combine(_dir, "build", "claims"));
        Config("packs: [news]\nrules: [rules]\ncache: build/claims\n");
        Assert.DoesNotContain(Tampered, Check("--no-cache").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_and_is_written_again()
    {
        var cold = Check();
        var entry = Entries()[0];
        File.WriteAllText(entry, "{\"schema\":\"factcheck-claims\",\"version\":1}\n{broken\n");

        var warm = Check();

        Assert.Equal(cold.Stdout, warm.Stdout);
        Assert.StartsWith("{\"schema\":\"factcheck-claims\"", File.ReadAllText(entry), StringComparison.Ordinal);
        Assert.DoesNotContain("{broken", File.ReadAllText(entry), StringComparison.Ordinal);
    }

    private void Config(string yaml) => File.WriteAllText(Path.Combine(_dir, "factcheck.yaml"), yaml);

    private FactCheckProcess.Result Check(params string[] args) =>
        FactCheckProcess.Run(["check", "articles", "--format", "json", .. args], [], _dir);

    private string[] Entries(string? folder = null) => Directory.GetFiles(folder ?? CacheFolder, "*.jsonl", SearchOption.AllDirectories);

    private void TamperEveryEntry(string? folder = null)
    {
        foreach (var entry in Entries(folder))
        {
            var text = File.ReadAllText(entry);
            File.WriteAllText(entry, string.Join('\n', text.Split('\n').Select(line =>
                line.StartsWith("{\"type\":\"claim\"", StringComparison.Ordinal) || line.StartsWith("{\"type\":\"flagged\"", StringComparison.Ordinal) ? Replace(line) : line)));
        }

        static string Replace(string line)
        {
            using var claim = JsonDocument.Parse(line);
            var source = claim.RootElement.GetProperty("source").GetString();
            return source is null ? line : line.Replace($"\"source\":\"{source}\"", $"\"source\":\"{Tampered}\"", StringComparison.Ordinal);
        }
    }

    private static List<(string Path, string? Source)> Sources(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray()
            .SelectMany(f => f.GetProperty("claims").EnumerateArray())
            .Select(c => (c.GetProperty("path").GetString()!, c.GetProperty("source").GetString()))];
    }
}

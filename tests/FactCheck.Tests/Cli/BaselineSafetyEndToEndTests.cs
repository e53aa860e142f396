using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>
/// Threat: losing the baseline, the file of accepted findings and their hand-written justifications:
/// a run killed while writing it, an article that cannot be read, a report written over it, or a
/// baseline FactCheck half understands.
/// </summary>
public sealed class BaselineSafetyEndToEndTests : IDisposable
{
    private const string Seed003 = "articles/003_9f977fb7910c05ec.txt";
    private readonly GateProject _project = new();

    public void Dispose() => _project.Dispose();

    private string BaselinePath => _project.PathOf("baseline.json");

    [Fact]
    public void A_kill_at_any_moment_leaves_the_old_baseline_or_the_new_one()
    {
        // Old: the seeds' one finding with a long justification (so writing takes a while) and an
        // entry that matches nothing; an update keeps the first, justification and all, and drops the second.
        var entry = AcceptSeeds();
        var old = BaselineJson(entry with { Justification = new string('x', 20 << 20) }, entry with { Fingerprint = new string('0', 32) });
        var random = new Random(11);
        var killedWhileWriting = 0;
        for (var i = 0; i < 6; i++)
        {
            File.WriteAllBytes(BaselinePath, old);
            using var run = FactCheckProcess.Start(["check", "articles", "--baseline", "baseline.json", "--update-baseline"], _project.Dir);
            var deadline = Stopwatch.StartNew();
            var killAfter = i % 2 == 0 ? TimeSpan.MaxValue : TimeSpan.FromMilliseconds(random.Next(200, 1500));
            while (!run.HasExited)
            {
                // Even runs die the moment the write begins (the file changes size, or a temp file
                // appears beside it); odd runs at a random moment.
                var writing = Length() != old.Length || Directory.EnumerateFiles(_project.Dir, ".baseline.json.*").Any();
                if ((i % 2 == 0 && writing) || deadline.Elapsed > killAfter)
                {
                    run.Kill();
                    killedWhileWriting += writing ? 1 : 0;
                    break;
                }
            }

            run.WaitForExit();
            Assert.True(EntriesNow() is 1 or 2, $"iteration {i}: {EntriesNow()} entries after the kill");
        }

        Assert.True(killedWhileWriting >= 3, $"only {killedWhileWriting} runs were stopped while writing");
    }

    [Fact]
    public void An_unreadable_article_keeps_its_accepted_entries_under_update_and_prune()
    {
        AcceptSeeds();
        File.WriteAllBytes(_project.PathOf(Seed003), [.. File.ReadAllBytes(_project.PathOf(Seed003)), 0xFF]);

        var update = _project.Check("articles", "--baseline", "baseline.json", "--update-baseline");
        Assert.Equal(2, update.ExitCode);
        Assert.Contains("FC001", update.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, EntriesNow());
        Assert.Equal("هاتف را خبر کرده‌ایم", Entry().Justification);

        var accepted = File.ReadAllBytes(BaselinePath);
        var prune = _project.Check("articles", "--baseline", "baseline.json", "--prune-baseline");
        Assert.Equal(2, prune.ExitCode);
        Assert.Contains("not pruning", prune.Stderr, StringComparison.Ordinal);
        Assert.Equal(accepted, File.ReadAllBytes(BaselinePath));
    }

    [Fact]
    public void The_report_may_not_overwrite_an_article_or_the_baseline()
    {
        AcceptSeeds();
        File.CreateSymbolicLink(_project.PathOf("linked.json"), "baseline.json");
        using (var ln = Process.Start("ln", [_project.PathOf(Seed003), _project.PathOf("hard.txt")]))
        {
            ln.WaitForExit();
        }

        foreach (var (target, what) in new[]
        {
            (Seed003, "the article articles/003_9f977fb7910c05ec.txt"), ("baseline.json", "the baseline baseline.json"), ("./articles/../baseline.json", "the baseline"),
            ("linked.json", "the baseline"), ("hard.txt", "the article articles/003_9f977fb7910c05ec.txt"), ("factcheck.yaml", "the project file"),
        })
        {
            var before = File.ReadAllBytes(_project.PathOf(target));

            var result = _project.Check("articles", "--baseline", "baseline.json", "--output", target);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--output '{target}' is {what}", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(_project.PathOf(target)));
        }
    }

    [Fact]
    public void Prune_without_a_baseline_is_an_error()
    {
        var result = _project.Check("articles", "--prune-baseline");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--prune-baseline needs --baseline FILE", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("{\"version\": 99, \"accepted\": []}", "baseline.json:1:13: FC301: baseline version 99 is not one this FactCheck reads")]
    [InlineData("{\"version\": 1,\n \"accepted\": [\n  {\"fingerprint\": \"ab\", \"justification\": \"x\"},\n  {\"fingerprint\": \"ab\", \"justification\": \"y\"}]}", "baseline.json:4:19: FC301: fingerprint ab is accepted twice (first at line 3)")]
    [InlineData("{\"version\": 1,\n \"accepted\": [\n  {\"fingerprint\": \"ab\", \"rule\": \"war-start\"}]}", "baseline.json:3:3: FC301: the entry for ab has no \"justification\"; write why this finding is accepted")]
    [InlineData("{\"version\": 1,\n \"accepted\": [\n  {\"fingerprint\": \"ab\", \"justification\": \" \"}]}", "baseline.json:3:42: FC301: \"justification\" is empty")]
    [InlineData("{\"version\": 1,\n \"accepted\": [\n  {\"fingerprint\": \"ab\", \"justification\": \"چرا\"},,]}", "baseline.json:3:49: FC301: not valid JSON")]
    [InlineData("{\"accepted\": []}", "baseline.json:1:1: FC301: no \"version\"")]
    public void A_baseline_FactCheck_does_not_understand_is_refused_at_its_line_and_column(string json, string error)
    {
        _project.Add("baseline.json", json);

        var result = _project.Check("articles", "--baseline", "baseline.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("given key", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_with_a_byte_order_mark_is_read()
    {
        AcceptSeeds();
        File.WriteAllBytes(BaselinePath, [.. Encoding.UTF8.Preamble, .. File.ReadAllBytes(BaselinePath)]);

        var result = _project.Check("articles", "--baseline", "baseline.json", "--fail-on", "warning");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 accepted in the baseline", result.Stdout, StringComparison.Ordinal);
    }

    private sealed record Accepted(string Fingerprint, string Rule, string Justification);

    /// <summary>Accepts the seeds' one finding with a justification, as a team would, and returns it.</summary>
    private Accepted AcceptSeeds()
    {
        Assert.Equal(0, _project.Check("articles", "--baseline", "baseline.json", "--update-baseline").ExitCode);
        var entry = Entry() with { Justification = "هاتف را خبر کرده‌ایم" };
        File.WriteAllBytes(BaselinePath, BaselineJson(entry));
        return entry;
    }

    private Accepted Entry()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(BaselinePath));
        var e = Assert.Single(json.RootElement.GetProperty("accepted").EnumerateArray());
        return new Accepted(e.GetProperty("fingerprint").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("justification").GetString()!);
    }

    private static byte[] BaselineJson(params Accepted[] entries) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        version = 1,
        accepted = entries.Select(e => new { fingerprint = e.Fingerprint, rule = e.Rule, message = "m", justification = e.Justification, acceptedBy = "t", acceptedOn = "2026-01-01" }),
    });

    private long Length()
    {
        try
        {
            return new FileInfo(BaselinePath).Length;
        }
        catch (FileNotFoundException)
        {
            return -1;
        }
    }

    /// <summary>How many entries the baseline holds now; -1 when it is missing or not whole JSON.</summary>
    private int EntriesNow()
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(BaselinePath));
            return json.RootElement.GetProperty("accepted").GetArrayLength();
        }
        catch (Exception e) when (e is JsonException or IOException or KeyNotFoundException)
        {
            return -1;
        }
    }
}

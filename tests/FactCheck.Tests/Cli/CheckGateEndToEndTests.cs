using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>The CI gate as a newsroom's pipeline runs it: the real executable over temporary folders.</summary>
public sealed class CheckGateEndToEndTests : IDisposable
{
    private const string WrongDate = GateProject.WrongDate;
    private readonly GateProject _project = new();

    public void Dispose() => _project.Dispose();

    private FactCheckProcess.Result Check(params string[] args) => _project.Check(args);

    private void Add(string name, string text) => _project.Add(name, text);

    [Fact]
    public void Exit_codes_are_0_1_and_2()
    {
        Assert.Equal(0, Check("articles").ExitCode);                          // only a warning
        Assert.Equal(1, Check("articles", "--fail-on", "warning").ExitCode);
        Assert.Equal(2, Check("articles", "--format", "yaml").ExitCode);       // a bad option
        Assert.Equal(2, Check("nowhere").ExitCode);
    }

    [Fact]
    public void Articles_no_rule_matches_are_no_silent_pass()
    {
        Directory.CreateDirectory(_project.PathOf("other"));
        _project.Add("other/a.txt", "---\nsource: الف\npublished: 2021-01-11\n---\nهوا امروز آفتابی بود.\n");
        _project.Add("other/b.txt", "---\nsource: ب\npublished: 2021-01-11\n---\nباران بارید و رودخانه پر شد.\n");

        var refused = Check("other", "--format", "json");
        var allowed = Check("other", "--allow-no-claims", "--format", "json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("FC011: no rule matched anything in 2 article(s)", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"FC011\"", refused.Stdout, StringComparison.Ordinal);
        Assert.Contains("'factcheck discover other --write DIR' drafts them", refused.Stderr, StringComparison.Ordinal); // the way forward
        Assert.Equal(0, allowed.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(allowed.Stdout);
        Assert.Equal(["other/a.txt", "other/b.txt"], json.RootElement.GetProperty("summary").GetProperty("articlesWithoutClaims").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_exit_code_is_the_same_with_output_to_a_file_in_every_format()
    {
        Add("articles/wrong.txt", WrongDate);
        foreach (var format in new[] { "text", "json", "sarif", "github", "markdown", "junit", "html", "csv" })
        {
            var result = Check("articles", "--format", format, "--output", $"report.{format}");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.True(new FileInfo(Path.Combine(_project.Dir, $"report.{format}")).Length > 100, format);
        }
    }

    [Fact]
    public void Baseline_round_trip_accept_pass_then_catch_a_new_contradiction()
    {
        Assert.Equal(1, Check("articles", "--fail-on", "warning").ExitCode);

        var update = Check("articles", "--baseline", "baseline.json", "--update-baseline", "--fail-on", "warning");
        Assert.Equal(0, update.ExitCode);
        using (var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(_project.Dir, "baseline.json"))))
        {
            var entry = Assert.Single(baseline.RootElement.GetProperty("accepted").EnumerateArray());
            Assert.Equal("war-start", entry.GetProperty("rule").GetString());
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("justification").GetString()));
        }

        Assert.Equal(0, Check("articles", "--baseline", "baseline.json", "--fail-on", "warning").ExitCode);

        Add("articles/wrong.txt", WrongDate);
        var caught = Check("articles", "--baseline", "baseline.json", "--format", "github");
        Assert.Equal(1, caught.ExitCode);
        Assert.StartsWith("::error file=articles/wrong.txt,line=5,col=", caught.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("war-start", caught.Stdout.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_baseline_entries_are_reported_and_a_prune_that_removes_them_exits_0()
    {
        Check("articles", "--baseline", "baseline.json", "--update-baseline");
        File.Delete(Path.Combine(_project.Dir, "articles", "003_9f977fb7910c05ec.txt")); // the disputed article goes

        var reported = Check("articles", "--baseline", "baseline.json", "--format", "json");
        Assert.Equal(0, reported.ExitCode);
        using (var json = JsonDocument.Parse(reported.Stdout))
        {
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("stale").GetInt32());
        }

        var pruned = Check("articles", "--baseline", "baseline.json", "--prune-baseline");
        Assert.Equal(0, pruned.ExitCode);
        Assert.Contains("removed 1 stale entry", pruned.Stderr, StringComparison.Ordinal);
        Assert.Contains("removed: it matched no finding", pruned.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Check("articles", "--baseline", "baseline.json", "--prune-baseline").ExitCode);
    }

    [Fact]
    public void Changed_since_reports_only_findings_that_involve_changed_articles()
    {
        Git("init", "-q");
        Git("add", ".");
        Git("commit", "-q", "-m", "seeds");
        Git("tag", "before");
        Add("articles/wrong.txt", WrongDate);

        var result = Check("articles", "--changed-since", "before", "--format", "json", "--fail-on", "warning");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()); // not the seeds' war-start warning
        Assert.Equal("ceasefire-statement", finding.GetProperty("rule").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("summary").GetProperty("articles").GetInt32()); // every article was read
        Assert.Equal(2, Check("articles", "--changed-since", "no-such-ref").ExitCode);
    }

    [Fact]
    public void Changed_since_sees_articles_with_persian_file_names()
    {
        Git("init", "-q");
        Git("add", ".");
        Git("commit", "-q", "-m", "seeds");
        Add("articles/خبر تازه.txt", WrongDate);
        Git("add", ".");
        Git("commit", "-q", "-m", "a new article");

        var result = Check("articles", "--changed-since", "HEAD~1", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("ceasefire-statement", Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("rule").GetString());
    }

    [Fact]
    public void A_report_or_baseline_that_cannot_be_written_exits_2()
    {
        Assert.Equal(2, Check("articles", "--output", "no/such/folder/report.json").ExitCode);
        Assert.Equal(2, Check("articles", "--baseline", "no/such/folder/b.json", "--update-baseline").ExitCode);
    }

    [Fact]
    public void A_broken_rule_file_is_named_with_line_and_column()
    {
        Directory.CreateDirectory(Path.Combine(_project.Dir, "rules"));
        Add("rules/broken.yaml", "id: broken\ntitle: {fa: x, en: y}\nvalue: {type: quantity, dimensions: [count]}\ncues: [مقر]\nnature: events\nexamples: [{text: ۲ مقر, value: 2}]\n");
        Add("factcheck.yaml", "packs: [news, karabakh-2020]\nrules: [rules]\n");

        var result = Check("articles");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rules/broken.yaml:5:9: FC204: 'events' is not a nature", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_that_is_not_utf8_is_named_and_the_rest_still_checked()
    {
        File.WriteAllBytes(Path.Combine(_project.Dir, "articles", "cp1256.txt"), [0x41, 0x0A, 0xC7, 0xE1]);

        var result = Check("articles", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/cp1256.txt:2:1: FC001: invalid UTF-8 at byte offset 2", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("articles").GetInt32());
        Assert.Equal("FC001", json.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void An_empty_folder_cannot_pass_the_gate()
    {
        Directory.CreateDirectory(Path.Combine(_project.Dir, "empty"));

        var result = Check("empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no articles", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_help_with_examples_and_there_is_a_version()
    {
        foreach (var command in new[] { "check", "extract", "scan" })
        {
            var help = FactCheckProcess.Run([command, "--help"], []);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Examples:", help.Stdout, StringComparison.Ordinal);
        }

        Assert.Matches(@"^\d+\.\d+\.\d+", FactCheckProcess.Run(["--version"], []).Stdout);
    }

    private void Git(params string[] args) => _project.Git(args);
}

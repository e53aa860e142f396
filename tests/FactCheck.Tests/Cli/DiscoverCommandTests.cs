using System.Text.Json;
using FactCheck.Discovery;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary><c>factcheck discover</c> and <c>check --discover</c> end to end.</summary>
public sealed class DiscoverCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-discover-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static FactCheckProcess.Result Run(params string[] args) => FactCheckProcess.Run(args, [], FixtureFiles.Root);

    [Theory]
    [InlineData("quake")]
    [InlineData("ceasefire")]
    [InlineData("aid")]
    [InlineData("wildfire")]
    public void On_each_story_with_no_rules_it_prints_the_table_and_writes_drafts_that_pass_rules_validate(string story)
    {
        var drafts = Path.Combine(_dir, story);

        var result = Run("discover", $"fixtures/stories/{story}", "--no-rules", "--write", drafts);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("rank\tfact words\tkind\tsources\tnature\tvalues\treported\n1\t", result.Stdout, StringComparison.Ordinal);
        var files = Directory.GetFiles(drafts, "*.yaml");
        Assert.True(files.Length >= 6, $"{files.Length} drafts");
        Assert.Contains($"; {files.Length} draft rule(s) written\n", result.Stdout, StringComparison.Ordinal);
        var validate = Run("rules", "validate", "--rules", drafts);
        Assert.Equal(0, validate.ExitCode);
        Assert.StartsWith($"{files.Length} rules valid at ", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = Run("discover", "fixtures/stories/quake", "--no-rules", "--format", "json", "--write", _dir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(16, root.GetProperty("articles").GetInt32());
        Assert.Equal(1, root.GetProperty("facts")[0].GetProperty("rank").GetInt32());
        var first = root.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "richter");
        Assert.Equal(2, first.GetProperty("rank").GetInt32());
        Assert.Equal("discovered-2-magnitude", first.GetProperty("id").GetString());
        Assert.Equal("richter", first.GetProperty("kind").GetString());
        Assert.Equal(7, first.GetProperty("sources").GetInt32());
        Assert.Equal("event", first.GetProperty("nature").GetString());
        Assert.True(first.GetProperty("disagree").GetBoolean());
        Assert.Contains("6.1 richter", first.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("2025-10-10", first.GetProperty("firstReported").GetString());
        Assert.Contains("بزرگی", first.GetProperty("words").EnumerateArray().Select(v => v.GetString()));
        var sighting = first.GetProperty("sightings")[0];
        foreach (var field in new[] { "path", "line", "column", "source", "published", "word", "side", "text", "sentence", "value" })
        {
            Assert.True(sighting.TryGetProperty(field, out _), field);
        }

        Assert.Equal("fixtures/stories/quake/01-payam-dawn.txt", sighting.GetProperty("path").GetString());
        Assert.Equal("۶.۱ ریشتر", sighting.GetProperty("text").GetString());
        Assert.Equal(6.1m, sighting.GetProperty("value").GetProperty("value").GetDecimal());
        var draft = root.GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("rank").GetInt32() == 2);
        Assert.Equal("discovered-2-magnitude", draft.GetProperty("id").GetString());
        Assert.True(File.Exists(draft.GetProperty("path").GetString()));
    }

    [Fact]
    public void Drafts_already_written_are_not_replaced_without_force()
    {
        Assert.Equal(0, Run("discover", "fixtures/stories/aid", "--no-rules", "--write", _dir).ExitCode);
        var draft = Directory.GetFiles(_dir)[0];
        File.WriteAllText(draft, "edited by hand");

        var refused = Run("discover", "fixtures/stories/aid", "--no-rules", "--write", _dir);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("edited by hand", File.ReadAllText(draft));
        Assert.Equal(0, Run("discover", "fixtures/stories/aid", "--no-rules", "--write", _dir, "--force").ExitCode);
        Assert.NotEqual("edited by hand", File.ReadAllText(draft));
    }

    [Fact]
    public void Check_discover_reports_a_discovered_disagreement_as_a_labelled_note_and_still_passes()
    {
        // Two outlets agree on the toll (the news pack checks it) and disagree on the bridges no rule knows.
        Write("a.txt", "خبرگزاری یکم", "2026-03-02", "در این سیل ۳ نفر جان باختند. سیل ۴ پل را ویران کرد.");
        Write("b.txt", "روزنامه دوم", "2026-03-02", "در این سیل ۳ نفر جان باختند. سیل ۶ پل را ویران کرد.");

        var plain = FactCheckProcess.Run(["check", ".", "--format", "json"], [], _dir);
        var discovered = FactCheckProcess.Run(["check", ".", "--discover", "--format", "json"], [], _dir);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, discovered.ExitCode); // notes never fail the gate
        using var before = JsonDocument.Parse(plain.Stdout);
        Assert.Empty(before.RootElement.GetProperty("findings").EnumerateArray());
        using var after = JsonDocument.Parse(discovered.Stdout);
        var note = Assert.Single(after.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("note", note.GetProperty("severity").GetString());
        Assert.StartsWith("discovered-1-", note.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(DiscoveredCheck.Label + ": ", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, after.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(1, FactCheckProcess.Run(["check", ".", "--discover", "--fail-on", "note"], [], _dir).ExitCode);
    }

    [Fact]
    public void With_the_rules_it_leaves_out_what_they_claim()
    {
        Write("a.txt", "خبرگزاری یکم", "2026-03-02", "در این سیل ۳ نفر جان باختند. سیل ۴ پل را ویران کرد.");
        Write("b.txt", "روزنامه دوم", "2026-03-02", "در این سیل ۳ نفر جان باختند. سیل ۶ پل را ویران کرد.");

        var withRules = FactCheckProcess.Run(["discover", "."], [], _dir);
        var without = FactCheckProcess.Run(["discover", ".", "--no-rules"], [], _dir);

        Assert.Contains("\n1\tپل\tcount\t2\tevent, disagree\t4, 6\t2026-03-02\n", withRules.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\tجان\t", withRules.Stdout, StringComparison.Ordinal); // the news pack's killed
        Assert.Contains("\tجان\tcount\t2\t", without.Stdout, StringComparison.Ordinal);
    }

    private void Write(string name, string source, string published, string body) =>
        File.WriteAllText(Path.Combine(_dir, name), $"---\nsource: {source}\npublished: {published}\n---\n{body}\n");
}

using System.Text;
using System.Text.Json;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Reporting.Escaping;
using FactCheck.Reporting.Html;
using FactCheck.Tests.Fixtures;
using NJsonSchema;
using Snapshooter;
using Snapshooter.Xunit;

namespace FactCheck.Tests.Reporting;

/// <summary>Every output format of <c>check</c> over fixtures/, pinned by snapshot, and SARIF against its schema.</summary>
public sealed class GateFormatTests
{
    private static GateResult Result(Baseline? baseline = null) => FixtureGate.Result(baseline);

    internal static string Render(IGateFormatter formatter, GateResult result)
    {
        using var stream = new MemoryStream();
        formatter.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static SarifGateFormatter Sarif() => new(ShippedRules.Rules, "1.0.0", "file:///repo/");

    public static TheoryData<string> Formats => ["text", "json", "sarif", "github", "markdown", "junit", "html", "csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_format_renders_the_fixtures(string format)
    {
        IGateFormatter formatter = format switch
        {
            "json" => new JsonGateFormatter(),
            "sarif" => Sarif(),
            "github" => new GithubGateFormatter(),
            "markdown" => new MarkdownGateFormatter(),
            "junit" => new JunitGateFormatter(),
            "html" => new HtmlGateFormatter(),
            "csv" => new CsvGateFormatter(),
            _ => new TextGateFormatter(colour: false),
        };

        var text = Render(formatter, Result());

        Assert.DoesNotContain('\u001b', text); // no colour unless asked
        Snapshot.Match(text.Split('\n'), SnapshotNameExtension.Create(format));
    }

    [Fact]
    public async Task Sarif_is_valid_against_the_sarif_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Reporting", "sarif-2.1.0.json"));
        var accepted = CheckGate.AcceptAll(Result().Report, Baseline.Empty, "known", "tests", new DateOnly(2026, 1, 1));
        var withSuppressions = Result(new Baseline(accepted.Entries.Take(2)));

        foreach (var result in new[] { Result(), withSuppressions })
        {
            var errors = schema.Validate(Render(Sarif(), result));
            Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        }

        // The validator is not a rubber stamp: a run without its tool is refused.
        Assert.NotEmpty(schema.Validate("""{"version": "2.1.0", "runs": [{"results": []}]}"""));
    }

    [Fact]
    public void Sarif_has_stable_rule_ids_fingerprints_related_locations_and_suppressions()
    {
        var all = Result();
        var baseline = new Baseline([CheckGate.AcceptAll(all.Report, Baseline.Empty, "known", "tests", new DateOnly(2026, 1, 1)).Entries[0]]);
        using var json = JsonDocument.Parse(Render(Sarif(), Result(baseline)));
        var run = json.RootElement.GetProperty("runs")[0];

        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "ceasefire-statement");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(all.New.Count, results.Count); // new ones plus the accepted one, which is suppressed
        var ceasefire = results.Single(r => r.GetProperty("ruleId").GetString() == "ceasefire-statement");
        var location = ceasefire.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("fixtures/crafted/ceasefire-wrong-date.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(72, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(4, ceasefire.GetProperty("relatedLocations").GetArrayLength());
        Assert.Equal(32, ceasefire.GetProperty("partialFingerprints").GetProperty(SarifGateFormatter.FingerprintName).GetString()!.Length);
        Assert.Single(results, r => r.TryGetProperty("suppressions", out var s) && s[0].GetProperty("justification").GetString() == "known (tests)");
    }

    [Theory]
    [InlineData("50% of\r\nthem", "50%25 of%0D%0Athem", "50%25 of%0D%0Athem")]
    [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
    public void Github_annotations_escape_messages_and_properties(string text, string data, string property)
    {
        Assert.Equal(data, WorkflowCommandText.Data(text));
        Assert.Equal(property, WorkflowCommandText.Property(text));
    }

    [Fact]
    public void Github_shows_at_most_ten_annotations_per_level_and_counts_the_rest()
    {
        var one = Result().New[0];
        var many = Enumerable.Range(0, 25).Select(i => one with { Fingerprint = $"fp{i}" }).ToList();
        var result = Result() with { New = many };

        var lines = Render(new GithubGateFormatter(), result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Contains("10 of 25 findings annotated", lines[^1], StringComparison.Ordinal);
    }
}

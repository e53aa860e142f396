using System.Text.Json;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

public sealed class CheckCommandTests
{
    private static FactCheckProcess.Result Check(params string[] args) =>
        FactCheckProcess.Run(["check", .. args, "--rules", Path.Combine(FixtureFiles.Root, "rules")], [], FixtureFiles.Root);

    [Fact]
    public void Seeds_alone_pass_the_default_gate_and_fail_at_warning()
    {
        Assert.Equal(0, Check("fixtures/seeds").ExitCode);
        Assert.Equal(1, Check("fixtures/seeds", "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Disagreements_exit_1_with_the_documented_json()
    {
        var result = Check("fixtures/seeds", "fixtures/crafted", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = json.RootElement.GetProperty("findings")[0];
        foreach (var field in new[] { "fingerprint", "rule", "key", "severity", "message", "claims" })
        {
            Assert.True(finding.TryGetProperty(field, out _), field);
        }

        var claim = finding.GetProperty("claims")[0];
        foreach (var field in new[] { "path", "line", "column", "text", "value", "asOf", "source" })
        {
            Assert.True(claim.TryGetProperty(field, out _), field);
        }

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(15, summary.GetProperty("articles").GetInt32());
        Assert.Equal(10, summary.GetProperty("findings").GetInt32()); // the news pack finds the wrong signing date and the falling returns too
        Assert.Equal("error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void Text_ends_with_the_summary_line()
    {
        var result = Check("fixtures/seeds");

        Assert.EndsWith("\n1 disagreement across 5 articles, 24 claims\n", result.Stdout, StringComparison.Ordinal);
    }
}

using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>The conventions Ruff, ESLint and Vale users expect: options checked, -q, --statistics, rules list and show.</summary>
public sealed class CliConventionsTests
{
    private static FactCheckProcess.Result Run(params string[] args) => FactCheckProcess.Run(args, [], FixtureFiles.Root);

    [Theory]
    [InlineData("--fial-on", "'--fail-on'")]
    [InlineData("-f", "'--format' or '--fail-on'")]
    [InlineData("--quite", "'--quiet'")]
    public void An_unknown_option_exits_2_with_the_option_meant_and_prints_no_report(string written, string meant)
    {
        var result = Run("check", "fixtures/seeds", written, "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains($"unknown option '{written}' (did you mean {meant}?)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_of_a_command_without_paths_names_the_option_meant()
    {
        var result = Run("rules", "list", "--rulez", "rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--rulez' (did you mean '--rules'?)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_exits_2()
    {
        var result = Run("check", "fixtures/seeds", "--format");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Quiet_prints_the_findings_alone()
    {
        var full = Run("check", "fixtures/seeds", "fixtures/crafted");
        var quiet = Run("check", "fixtures/seeds", "fixtures/crafted", "-q");

        Assert.Equal(full.ExitCode, quiet.ExitCode);
        Assert.Contains("✓ Aid delivered", full.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ ", quiet.Stdout.Split('\n').Where(l => !l.StartsWith(' ')).Aggregate(string.Empty, (a, l) => a + l + "\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rules in use", quiet.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("disagreements across", quiet.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ error: Date of the trilateral ceasefire statement", quiet.Stdout, StringComparison.Ordinal);
        Assert.Equal(Run("check", "fixtures/seeds", "fixtures/crafted", "--quiet").Stdout, quiet.Stdout);
    }

    [Fact]
    public void Statistics_count_the_findings_by_rule_and_kind()
    {
        var result = Run("check", "fixtures/seeds", "fixtures/crafted", "--statistics");
        var lines = result.Stdout.TrimEnd('\n').Split('\n');

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("count  severity  rule ", lines[0], StringComparison.Ordinal);
        var counted = lines[1..^1].Sum(l => int.Parse(l[..5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, counted); // as many as the JSON report's summary.findings (CheckCommandTests)
        Assert.Contains(lines, l => l.Contains("ceasefire-statement", StringComparison.Ordinal) && l.EndsWith("disagreement", StringComparison.Ordinal));
        Assert.Equal("7 disagreements across 15 articles, 40 claims (3 problems with single values)", lines[^1]);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("--statistics")]
    public void Quiet_and_statistics_shape_the_text_report_only(string option)
    {
        var result = Run("check", "fixtures/seeds", option, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} shapes the text report", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_names_every_rule_and_value_check()
    {
        var result = Run("rules", "list");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.TrimEnd('\n').Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules"), "*.yaml", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(files.Order(StringComparer.Ordinal), rows.Where(r => r[1] != "check").Select(r => r[0]));
        Assert.Contains(rows, r => r[0] == "weekday-mismatch" && r[1] == "check");
        Assert.Matches(@"(?m)^killed +cumulative +People killed$", result.Stdout);
    }

    [Fact]
    public void Rules_show_explains_a_rule_with_its_examples()
    {
        var result = Run("rules", "show", "checkpoints");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("checkpoints: Observation posts run by the Russian peacekeepers (", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("compares: a state: true as of a date, so claims whose as-of dates lie within 30 day(s) must overlap", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/karabakh-2020/checkpoints.yaml:", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"examples \(\d+\):\n    «", result.Stdout);
    }

    [Fact]
    public void Rules_show_of_an_unknown_id_exits_2_with_the_nearest()
    {
        var result = Run("rules", "show", "kiled");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule 'kiled'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'killed'?)", result.Stderr, StringComparison.Ordinal);
    }
}

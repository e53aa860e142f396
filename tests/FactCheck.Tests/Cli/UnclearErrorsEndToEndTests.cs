using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>
/// Threat: a mistake that FactCheck misreads instead of naming: a misspelt option taken as a path
/// while the report still prints, a type name for an error message, a file reported under a path
/// that does not exist.
/// </summary>
public sealed class UnclearErrorsEndToEndTests : IDisposable
{
    private readonly GateProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_misspelt_option_is_an_error_not_a_path()
    {
        var result = _project.Check("articles", "--formt", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("factcheck: unknown option '--formt' (did you mean '--format'?)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    public void Jobs_that_are_not_a_count_say_so_in_words(string jobs)
    {
        var result = _project.Check("articles", $"--jobs={jobs}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--jobs takes how many articles to read at once, a whole number from 1 up; '{jobs}' is not one", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_may_name_one_rule_file_and_a_missing_one_is_named_as_missing()
    {
        var rule = Path.Combine(Fixtures.FixtureFiles.Root, "rules", "karabakh-2020", "ceasefire-statement.yaml");
        _project.Add("articles/wrong.txt", GateProject.WrongDate);

        var one = _project.Check("articles", "--rules", rule, "--format", "json");
        var missing = _project.Check("articles", "--rules", "no-such-rules.yaml");

        Assert.Equal(1, one.ExitCode);
        using (var json = JsonDocument.Parse(one.Stdout))
        {
            Assert.Equal("ceasefire-statement", Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("rule").GetString());
        }

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--rules 'no-such-rules.yaml': no such file or folder", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backslash_in_a_file_name_is_reported_under_the_path_that_exists()
    {
        _project.Add("articles/back\\slash.txt", GateProject.WrongDate);

        var result = _project.Check("articles", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var paths = json.RootElement.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("claims").EnumerateArray()).Select(c => c.GetProperty("path").GetString()!);
        Assert.Contains("articles/back\\slash.txt", paths);
        Assert.All(paths, p => Assert.True(File.Exists(_project.PathOf(p)), p));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_named_as_such()
    {
        // .NET can neither write nor delete such a name; the shell can.
        Bash("touch $'articles/caf\\xe9.txt'");
        try
        {
            var result = _project.Check("articles");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("articles/caf\uFFFD.txt:1:1: FC008: the file name is not valid UTF-8", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Bash("rm $'articles/caf\\xe9.txt'");
        }
    }

    private void Bash(string command)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = _project.Dir })!;
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }
}

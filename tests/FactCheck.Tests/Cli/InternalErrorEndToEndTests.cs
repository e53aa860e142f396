namespace FactCheck.Tests.Cli;

/// <summary>
/// Threat: input that makes FactCheck fail inside, or standard input that is not there, turning into
/// a stack trace and exit code 1, the code for "new findings", which CI reads as a verdict.
/// </summary>
public sealed class InternalErrorEndToEndTests : IDisposable
{
    private readonly GateProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_internal_error_exits_2_and_says_what_was_being_read()
    {
        // A war-length rule without its scope lets a 12-digit length through, which overflowed when
        // counting days back (issue 11). Should that be fixed, any input that fails inside will do here.
        Directory.CreateDirectory(_project.PathOf("rules"));
        var warLength = File.ReadAllLines(Path.Combine(Fixtures.FixtureFiles.Root, "rules", "karabakh-2020", "war-length.yaml"));
        File.WriteAllLines(_project.PathOf("rules/war-length.yaml"), warLength.Where(l => !l.StartsWith("scope:", StringComparison.Ordinal) && !l.StartsWith("  m", StringComparison.Ordinal)));
        File.Copy(Path.Combine(Fixtures.FixtureFiles.Root, "rules", "karabakh-2020", "ceasefire-statement.yaml"), _project.PathOf("rules/ceasefire-statement.yaml"));
        File.Copy(Path.Combine(Fixtures.FixtureFiles.Root, "rules", "karabakh-2020", "war-start.yaml"), _project.PathOf("rules/war-start.yaml"));
        _project.Add("articles/long.txt", "---\nsource: نمونه\npublished: 2021-11-10\n---\nجنگ ۹۹۹۹۹۹۹۹۹۹۹۹ روزه قره باغ پایان یافت.\nبیانیه سه جانبه آتش بس قره باغ روز ۱۹ آبان ۱۳۹۹ امضا شد.\n");

        var result = _project.Check("articles", "--rules", "rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("factcheck: FactCheck could not judge: internal error while lining up the claims of 6 article(s) from articles (", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0<&-", "scan reads standard input, which is closed")]
    [InlineData("< /", "cannot read standard input (Is a directory)")]
    public void Scan_without_readable_standard_input_is_a_clear_error(string redirection, string error)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "factcheck.dll");

        var result = FactCheckProcess.Run("bash", ["-c", $"exec dotnet \"$0\" scan {redirection}", dll], null, _project.Dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"factcheck: {error}; pipe the text in", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}

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
        // Every crash found so far is fixed; the Debug build's fault point stands in for the next one.
        var dll = Path.Combine(AppContext.BaseDirectory, "factcheck.dll");

        // set for this process only: tests run side by side
        var result = FactCheckProcess.Run("env", ["FACTCHECK_DEBUG_FAULT=line-up", "dotnet", dll, "check", "articles"], null, _project.Dir);

        Assert.Equal(2, result.ExitCode);
        var articles = Directory.GetFiles(_project.PathOf("articles")).Length;
        Assert.Contains($"factcheck: FactCheck could not judge: internal error while lining up the claims of {articles} article(s) from articles (", result.Stderr, StringComparison.Ordinal);
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

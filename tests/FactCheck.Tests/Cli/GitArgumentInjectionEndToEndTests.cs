using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>
/// Threat: a --changed-since value (templated from a pull request) or a file name in the pull request
/// that git would read as an option or print quoted, so the gate writes files or turns green.
/// </summary>
public sealed class GitArgumentInjectionEndToEndTests : IDisposable
{
    private const string Seed = "articles/000_e7ad95d23837b17a.txt";
    private readonly GateProject _project = new();

    public GitArgumentInjectionEndToEndTests() => _project.CommitAll("seeds");

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_option_as_the_ref_cannot_overwrite_an_article_or_create_a_file()
    {
        var before = File.ReadAllBytes(_project.PathOf(Seed));
        var outside = Path.Combine(Path.GetTempPath(), $"factcheck-injected-{Guid.NewGuid():N}");

        foreach (var value in new[] { $"--output={Seed}", $"--output={outside}" })
        {
            var result = _project.Check("articles", $"--changed-since={value}");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--changed-since: '{value}' is not a git revision", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(_project.PathOf(Seed)));
        Assert.False(File.Exists(outside));
    }

    [Theory]
    [InlineData("--cached")]
    [InlineData("--ext-diff")]
    [InlineData("-p")]
    [InlineData("HEAD --cached")]
    public void An_option_as_the_ref_cannot_turn_the_gate_green(string value)
    {
        _project.Add("articles/wrong.txt", GateProject.WrongDate);

        var result = _project.Check("articles", $"--changed-since={value}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--changed-since: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("quote\"d.txt", false)]
    [InlineData("tab\there.txt", false)]
    [InlineData("new\nline.txt", false)]
    [InlineData("back\\slash.txt", false)]
    [InlineData("خبر «تازه» \"ویژه\"\t۲.txt", false)]
    [InlineData("quote\"d.txt", true)]
    [InlineData("new\nline\tخبر.txt", true)]
    public void A_new_article_with_any_name_is_still_checked(string name, bool committed)
    {
        _project.Add("articles/" + name, GateProject.WrongDate);
        if (committed)
        {
            _project.CommitAll("the new article");
        }

        var result = _project.Check("articles", "--changed-since", committed ? "HEAD~1" : "HEAD", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("ceasefire-statement", finding.GetProperty("rule").GetString());
        Assert.Contains(finding.GetProperty("claims").EnumerateArray(), c => c.GetProperty("path").GetString() == "articles/" + name);
    }
}

using FactCheck.Config;
using FactCheck.Diagnostics;

namespace FactCheck.Tests.Cli;

/// <summary><c>factcheck init</c> end to end, in a fresh folder.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-init-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void On_an_empty_folder_it_writes_a_config_and_an_example_rule_that_load_and_prints_the_next_three_commands()
    {
        var result = FactCheckProcess.Run(["init"], [], _dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var errors = new List<Diagnostic>();
        var config = ProjectConfigReader.Read("factcheck.yaml", File.ReadAllText(Path.Combine(_dir, "factcheck.yaml")), ["news"], errors);
        Assert.Empty(errors);
        Assert.Equal(["news"], config!.Packs);
        Assert.Equal(["rules"], config.RuleFolders);
        Assert.Equal("error", config.FailOn);
        var commands = result.Stdout.Split('\n').Where(l => l.StartsWith("  factcheck ", StringComparison.Ordinal)).Select(l => l.Split('#')[0].Trim()).ToList();
        Assert.Equal(["factcheck discover articles --write drafts", "factcheck rules validate --rules rules", "factcheck check articles"], commands);

        var validate = FactCheckProcess.Run(["rules", "validate", "--rules", "rules"], [], _dir);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("1 rules valid at rules, 2 examples checked\n", validate.Stdout);
    }

    [Fact]
    public void It_refuses_to_overwrite_an_existing_factcheck_yaml_unless_forced()
    {
        const string Mine = "# my own\npacks: [news]\n";
        File.WriteAllText(Path.Combine(_dir, "factcheck.yaml"), Mine);

        var refused = FactCheckProcess.Run(["init"], [], _dir);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("factcheck.yaml", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(Mine, File.ReadAllText(Path.Combine(_dir, "factcheck.yaml")));
        Assert.False(Directory.Exists(Path.Combine(_dir, "rules"))); // nothing written at all

        var forced = FactCheckProcess.Run(["init", "--force"], [], _dir);

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(StarterProject.Config, File.ReadAllText(Path.Combine(_dir, "factcheck.yaml")));
        Assert.True(File.Exists(Path.Combine(_dir, "rules", "rescued.yaml")));
    }

    [Fact]
    public void It_writes_into_the_folder_it_is_given()
    {
        var result = FactCheckProcess.Run(["init", Path.Combine(_dir, "story")], [], _dir);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir, "story", "factcheck.yaml")));
        Assert.Contains("then run in story:", result.Stdout, StringComparison.Ordinal);
    }
}

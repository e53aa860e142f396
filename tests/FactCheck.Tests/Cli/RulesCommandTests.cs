using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public void The_shipped_rules_validate()
    {
        var result = FactCheckProcess.Run(["rules", "validate", "--rules", Path.Combine(FixtureFiles.Root, "rules")], []);

        var files = Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules"), "*.yaml", SearchOption.AllDirectories).Count();
        Assert.Equal(0, result.ExitCode);
        Assert.True(files >= 31, $"{files} rule files"); // every pack's rules, each file one rule
        Assert.Contains($"{files} rules valid", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_printed_with_file_line_and_column_and_the_exit_code_is_2()
    {
        var dir = Directory.CreateTempSubdirectory("factcheck-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "id: a\ncues: [x]\nnature: event\nvalue:\n  type: dat\n");
            File.WriteAllText(Path.Combine(dir, "b.yaml"), "id: b\ncues: [x, y\n");

            var result = FactCheckProcess.Run(["rules", "validate", "--rules", dir], []);

            Assert.Equal(2, result.ExitCode);
            Assert.Matches(@"a\.yaml:5:9: FC204: 'dat' is not a value type: expected one of quantity, date, duration \(did you mean 'date'\?\)", result.Stderr);
            Assert.Matches(@"b\.yaml:\d+:\d+: FC201: not valid YAML", result.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

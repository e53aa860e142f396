using FactCheck.Tests.Fixtures;
using FactCheck.Xunit;

namespace FactCheck.Tests.XunitPackage;

/// <summary>The xunit package's second attribute: every example of every rule a test case named after it.</summary>
public sealed class FactCheckRuleExamplesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-examples-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<FactCheckRuleExample> Cases(string path) =>
        [.. new FactCheckRuleExamplesAttribute(path).GetData(typeof(FactCheckRuleExamplesTests).GetMethod(nameof(Dispose))!).Select(row => (FactCheckRuleExample)Assert.Single(row))];

    private static string? Failure(FactCheckRuleExample example)
    {
        try
        {
            example.Verify();
            return null;
        }
        catch (FactCheckFailure e)
        {
            return e.Message;
        }
    }

    [Fact]
    public void The_shipped_rules_examples_are_one_passing_case_each()
    {
        var cases = Cases("rules");
        var examples = Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Sum(f => File.ReadLines(f).Count(l => l.TrimStart().StartsWith("- text:", StringComparison.Ordinal)));

        Assert.Equal(examples, cases.Count);
        Assert.All(cases, c => Assert.Null(Failure(c)));
        var first = cases.First(c => c.Name.StartsWith("checkpoints example 1: ", StringComparison.Ordinal)).Name;
        Assert.Equal("checkpoints example 1: در محدوده عمل صلحبانان روس ۲۳ مقر بازرسی فعالیت می کند و چها…", first); // the sentence cut at 60 characters
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void A_broken_example_is_a_failing_case_named_after_it_at_its_line()
    {
        var rule = File.ReadAllText(Path.Combine(FixtureFiles.Root, "rules", "karabakh-2020", "checkpoints.yaml"));
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "checkpoints.yaml"), rule.Replace("    value: 27", "    value: 28", StringComparison.Ordinal));

        var cases = Cases(Path.Combine(_dir, "rules"));

        Assert.Equal(["checkpoints example 1", "checkpoints example 2", "checkpoints example 3"], cases.Select(c => c.Name.Split(':')[0]));
        Assert.Null(Failure(cases[0]));
        Assert.Null(Failure(cases[1]));
        Assert.Equal("checkpoints example 3: نیروهای حافظ صلح روسیه ۲۷ پست دیده‌بانی دارند.", cases[2].Name);
        Assert.Equal("rules/checkpoints.yaml:21:5: example must yield value 28, but yields value 27 (۲۷)", Failure(cases[2]));
    }

    [Fact]
    public void Rule_files_that_do_not_load_are_one_failing_case_listing_every_problem()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "bad.yaml"), "id: bad\nnature: sometimes\n");

        var cases = Cases(Path.Combine(_dir, "rules"));

        var broken = Assert.Single(cases);
        Assert.Equal(FactCheckRuleExample.RulesDoNotLoad, broken.Name);
        Assert.Contains("rules/bad.yaml:", Failure(broken), StringComparison.Ordinal);
    }
}

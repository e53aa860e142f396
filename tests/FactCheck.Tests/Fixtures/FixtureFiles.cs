using FactCheck.Articles;

namespace FactCheck.Tests.Fixtures;

/// <summary>Finds the repository's fixtures/ and rules/ from the test run's folder.</summary>
internal static class FixtureFiles
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static Article Seed(string name)
    {
        var path = Path.Combine(Fixtures, "seeds", name);
        return ArticleReader.Read($"fixtures/seeds/{name}", File.ReadAllBytes(path));
    }

    /// <summary>The articles of an evaluation story (fixtures/stories/NAME), in file order, with repository-relative paths.</summary>
    public static IReadOnlyList<Article> Story(string story) =>
        [.. Directory.EnumerateFiles(Path.Combine(Fixtures, "stories", story), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => ArticleReader.Read($"fixtures/stories/{story}/{Path.GetFileName(f)}", File.ReadAllBytes(f)))];

    /// <summary>An evaluation story's gold annotation.</summary>
    public static FactCheck.Evaluation.Gold StoryGold(string story)
    {
        var errors = new List<FactCheck.Diagnostics.Diagnostic>();
        var gold = FactCheck.Evaluation.GoldReader.Read($"fixtures/stories/{story}/gold.yaml", File.ReadAllText(Path.Combine(Fixtures, "stories", story, "gold.yaml")), errors);
        return errors.Count == 0 && gold is not null ? gold : throw new InvalidOperationException(string.Join('\n', errors));
    }

    /// <summary>Every article under fixtures/ but the evaluation stories (scored on their own), as repository-relative paths, sorted.</summary>
    public static IEnumerable<string> Articles() =>
        Directory.EnumerateFiles(Fixtures, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}stories{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}

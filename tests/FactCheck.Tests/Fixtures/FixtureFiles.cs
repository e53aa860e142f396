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

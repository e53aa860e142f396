namespace FactCheck.Xunit;

/// <summary>
/// Where a path named in an attribute is: as given when absolute, else the nearest folder above the
/// test run's output (bin/Debug/net10.0) that holds it, so <c>[FactCheckData("articles")]</c> finds the
/// repository's <c>articles/</c> from any test project in it. Reports name files relative to that
/// folder (<c>articles/2024/x.txt</c>), as <c>factcheck check articles</c> run there would.
/// </summary>
internal static class ProjectPaths
{
    /// <returns>The folder reports are relative to, and the full path; null when no folder above holds it.</returns>
    public static (string Root, string Full)? Find(string path, string start)
    {
        if (Path.IsPathRooted(path))
        {
            var full = Path.GetFullPath(path);
            return Exists(full) ? (Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full, full) : null;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, path));
            if (Exists(candidate))
            {
                return (dir.FullName, candidate);
            }
        }

        return null;
    }

    /// <summary>A path as reports print it: relative to the root, with forward slashes.</summary>
    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}

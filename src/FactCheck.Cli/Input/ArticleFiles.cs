namespace FactCheck.Cli.Input;

/// <summary>
/// The article files named on the command line: files as given, folders read recursively for .txt and
/// .md (README.md files are documentation, not articles). Sorted, so output never depends on the disk.
/// </summary>
internal static class ArticleFiles
{
    /// <summary>
    /// Reads an article by its display path, resolved once against the current directory: opening
    /// a relative path asks the OS for the working directory every time.
    /// </summary>
    public static Func<string, byte[]> Reader()
    {
        var root = Directory.GetCurrentDirectory();
        return path => File.ReadAllBytes(Path.Join(root, path));
    }

    public static IReadOnlyList<string> Find(IEnumerable<string> paths, List<string> missing)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(DisplayPath.Of(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories))
                {
                    var name = Path.GetFileName(file);
                    if ((name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                        && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(DisplayPath.Of(file));
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return [.. found];
    }
}

using FactCheck.Claims;

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
    public static ArticleBytesReader Reader()
    {
        var root = Directory.GetCurrentDirectory();
        return (string path, ref byte[] buffer) => ReadInto(Path.Join(root, path), ref buffer);
    }

    // Reads to the end whatever the size said, as File.ReadAllBytes does, but into a reused buffer.
    private static ReadOnlyMemory<byte> ReadInto(string path, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is larger than 2 GB");
        }

        if (buffer.Length <= length)
        {
            buffer = new byte[length + 1];
        }

        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                return buffer.AsMemory(0, total);
            }

            total += read;
        }
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

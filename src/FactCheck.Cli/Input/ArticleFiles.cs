using FactCheck.Claims;
using FactCheck.Diagnostics;

namespace FactCheck.Cli.Input;

/// <summary>
/// The article files named on the command line: files as given, folders read recursively for .txt and
/// .md (README.md files are documentation, not articles). Sorted, so output never depends on the disk.
/// </summary>
/// <remarks>
/// A folder's contents may come from a pull request, so the walk trusts none of it: links to folders
/// are not followed (no loops, no article counted once per mirror), a link to a file is never read
/// under its own name (it may only lead to an article the walk reads anyway, else it is refused: it
/// may leave the folder), FIFOs and devices are refused without being opened, each file is read once
/// however many names reach it, and an article over <see cref="MaxArticleBytes"/> is refused.
/// A path named on the command line is the user's own choice: a link there is followed.
/// </remarks>
internal static class ArticleFiles
{
    /// <summary>The largest article FactCheck reads: each is read whole into memory.</summary>
    public const long MaxArticleBytes = 64L << 20;

    public const string NoSuchFileCode = "FC003";
    public const string NotRegularCode = "FC005";
    public const string LinkRefusedCode = "FC006";
    public const string UnreadableFolderCode = "FC007";
    public const string BadNameCode = "FC008";
    public const string TooLargeCode = "FC009";

    private static readonly EnumerationOptions OneFolder = new() { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };

    /// <summary>
    /// Reads an article by its display path, resolved once against the current directory: opening
    /// a relative path asks the OS for the working directory every time.
    /// </summary>
    public static ArticleBytesReader Reader()
    {
        var root = Directory.GetCurrentDirectory();
        return (string path, ref byte[] buffer) => ReadInto(path, Path.Join(root, path), ref buffer);
    }

    public static ArticleSearch Find(IEnumerable<string> paths)
    {
        var walk = new Walk();
        foreach (var path in paths)
        {
            walk.Add(path);
        }

        return walk.Result();
    }

    private static bool IsArticleName(string name) =>
        (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    // Reads to the end whatever the size said, as File.ReadAllBytes does, but into a reused buffer,
    // and never more than the limit: a file may grow while it is read.
    private static ReadOnlyMemory<byte> ReadInto(string display, string path, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxArticleBytes)
        {
            throw TooLarge(display);
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
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, MaxArticleBytes + 1));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                return buffer.AsMemory(0, total);
            }

            total += read;
            if (total > MaxArticleBytes)
            {
                throw TooLarge(display);
            }
        }
    }

    private static FactCheckException TooLarge(string display) =>
        new(TooLargeCode, new SourceLocation(display, 1, 1), $"larger than {MaxArticleBytes >> 20} MB, the most FactCheck reads of one article; not read");

    /// <summary>One search: the files found so far, keyed by which file they are, and what was refused.</summary>
    private sealed class Walk
    {
        private readonly Dictionary<object, string> _files = [];
        private readonly List<(string Path, string Display)> _links = [];
        private readonly List<Diagnostic> _problems = [];
        private readonly List<string> _notes = [];

        public void Add(string path)
        {
            if (Directory.Exists(path))
            {
                Folder(path);
            }
            else if (File.Exists(path))
            {
                Article(path);
            }
            else
            {
                Problem(path, NoSuchFileCode, "no such file or folder");
            }
        }

        public ArticleSearch Result()
        {
            // A link inside a folder may only lead to an article the walk reads anyway.
            foreach (var (path, display) in _links)
            {
                if (Key(path, followLinks: true) is not { } key)
                {
                    Problem(display, LinkRefusedCode, "a broken link or a link loop; not read");
                }
                else if (!_files.ContainsKey(key))
                {
                    Problem(display, LinkRefusedCode, "a link to a file outside the folder being checked, or to one that is not an article; links are not followed");
                }
            }

            return new ArticleSearch([.. _files.Values.Order(StringComparer.Ordinal)], [.. _problems.OrderBy(p => p.Location.Path, StringComparer.Ordinal)], _notes);
        }

        private void Folder(string root)
        {
            var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
            while (pending.TryPop(out var folder))
            {
                List<FileSystemInfo> entries;
                try
                {
                    entries = [.. folder.EnumerateFileSystemInfos("*", OneFolder)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Problem(folder.FullName, UnreadableFolderCode, $"cannot read the folder: {e.Message}");
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (entry.LinkTarget is not null)
                    {
                        Link(entry);
                    }
                    else if (entry is DirectoryInfo directory)
                    {
                        pending.Push(directory);
                    }
                    else if (IsArticleName(entry.Name))
                    {
                        Article(entry.FullName);
                    }
                }
            }
        }

        private void Link(FileSystemInfo link)
        {
            var display = DisplayPath.Of(link.FullName);
            if (Directory.Exists(link.FullName))
            {
                _notes.Add($"{display}: a link to a folder, not followed (name the folder itself to check it)");
            }
            else if (IsArticleName(link.Name))
            {
                _links.Add((link.FullName, display));
            }
        }

        private void Article(string path)
        {
            var display = DisplayPath.Of(path);
            if (display.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(path))
            {
                // .NET decodes the name's bytes with a replacement character and cannot open it again.
                Problem(path, BadNameCode, "the file name is not valid UTF-8 (shown with \uFFFD); rename the file");
                return;
            }

            // The same file reached twice (folders given twice, a hard link) is read once, under its first name.
            object key = Path.GetFullPath(path);
            if (FileStat.TryGet(path, followLinks: true, out var kind, out var identity, out _))
            {
                if (kind != FileStat.Kind.Regular)
                {
                    Problem(path, NotRegularCode, "not a regular file (a FIFO, device or socket); not read");
                    return;
                }

                key = identity;
            }

            if (!_files.TryGetValue(key, out var known) || string.CompareOrdinal(display, known) < 0)
            {
                _files[key] = display;
            }
        }

        private void Problem(string path, string code, string message) =>
            _problems.Add(new Diagnostic(code, new SourceLocation(DisplayPath.Of(path), 1, 1), message));

        // Which file a path is: the kernel's device and inode where it can tell, else the full path a link ends at.
        private static object? Key(string path, bool followLinks)
        {
            if (FileStat.TryGet(path, followLinks, out _, out var identity, out _))
            {
                return identity;
            }

            if (OperatingSystem.IsLinux())
            {
                return null; // missing, or a link loop
            }

            try
            {
                var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
                return target is null ? Path.GetFullPath(path) : target.Exists ? target.FullName : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}

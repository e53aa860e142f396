using System.Text;
using FactCheck.Claims;
using FactCheck.Claims.Lines;
using FactCheck.Diagnostics;
using FactCheck.Reporting;

namespace FactCheck.Cli.Input;

/// <summary>
/// The extraction cache as a folder: one claims file (the <c>extract --format jsonl</c> schema) an
/// article, named by its key. Written to a temporary file and renamed over the entry, so a reader, or
/// another run at the same time, sees a whole entry or none; an entry that cannot be read is a miss and
/// is written again. A cache is only ever a shortcut: failing to write it never fails a run.
/// </summary>
internal sealed class ClaimCacheFolder(string folder, string toolVersion, string rulesHash) : IClaimCache
{
    /// <summary>Past this size, the entries written longest ago are removed after a run.</summary>
    public const long LimitBytes = 1L << 30;

    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);
    private int _hits;
    private int _stored;

    public int Hits => _hits;

    public int Stored => _stored;

    public ArticleClaims? Find(string key)
    {
        var entry = Entry(key);
        try
        {
            using var text = new StreamReader(entry, Utf8, detectEncodingFromByteOrderMarks: false);
            var problems = new List<Diagnostic>();
            var read = ClaimLinesReader.Read(entry, text, problems, keep: null, rulesHash);
            if (problems.Count > 0 || read.Articles is not [var article])
            {
                return null;
            }

            Interlocked.Increment(ref _hits);
            return article;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null; // absent, being pruned, or damaged: extracted again and rewritten
        }
    }

    public void Store(string key, ArticleClaims claims)
    {
        var entry = Entry(key);
        var temporary = Path.Combine(Path.GetDirectoryName(entry)!, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
            IgnoredByGit();
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 14))
            {
                ClaimLinesFormatter.Write(stream, new CorpusClaims([claims], []), toolVersion, rulesHash);
            }

            File.Move(temporary, entry, overwrite: true);
            Interlocked.Increment(ref _stored);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Keeps the folder under <paramref name="limit"/> bytes: the entries written longest ago go first,
    /// down to three quarters of it, and so do temporary files a killed run left over an hour ago.
    /// </summary>
    public void Prune(long limit = LimitBytes)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
            foreach (var left in files.Where(f => f.Name.EndsWith(".tmp", StringComparison.Ordinal) && f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
            {
                TryDelete(left.FullName);
            }

            var entries = files.Where(f => f.Name.EndsWith(".jsonl", StringComparison.Ordinal)).OrderBy(f => f.LastWriteTimeUtc).ToList();
            var size = entries.Sum(f => f.Length);
            if (size <= limit)
            {
                return;
            }

            foreach (var entry in entries.TakeWhile(_ => size > limit * 3 / 4))
            {
                TryDelete(entry.FullName);
                size -= entry.Length;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // another run pruning at the same time: it finishes the work
        }
    }

    /// <summary>The folder ignores itself, as pytest's cache does: never committed, whatever the project's .gitignore says.</summary>
    private void IgnoredByGit()
    {
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# FactCheck's extraction cache: never to be committed\n*\n");
        }
    }

    // Two hex digits of the key as a subfolder: no folder holds more than a few hundred entries per 100,000 articles.
    private string Entry(string key) => Path.Combine(folder, key[..2], key + ".jsonl");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // gone already, or another run holds it
        }
    }
}

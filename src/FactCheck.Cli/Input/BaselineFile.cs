using System.Diagnostics;
using FactCheck.Gate;

namespace FactCheck.Cli.Input;

/// <summary>Reading and writing the baseline file, and who is accepting findings.</summary>
internal static class BaselineFile
{
    /// <summary>How long a run waits for another run's update of the same baseline to finish.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    public static Baseline Read(string path) =>
        File.Exists(path)
            ? Baseline.Read(DisplayPath.Of(path), File.ReadAllBytes(path))
            : throw new FileNotFoundException($"baseline '{path}' does not exist; create it with --update-baseline");

    /// <summary>
    /// Takes the baseline's lock for a read, change and write, so that two runs updating it at once
    /// cannot lose one run's entries. The lock is a hidden file beside the baseline, opened with
    /// FileShare.None (an exclusive flock on Unix, released by the kernel if the process dies). It is
    /// never deleted: deleting it would let a waiting run lock a file no one else can see.
    /// </summary>
    public static IDisposable Lock(string path)
    {
        var lockPath = Sibling(path, ".lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
            {
                if (waited.Elapsed > LockWait)
                {
                    throw new IOException($"another run has held {DisplayPath.Of(lockPath)} for {LockWait.TotalSeconds:0} s; is one still updating {DisplayPath.Of(path)}?", e);
                }

                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Writes the whole file beside the baseline, flushes it to disk and renames it over the baseline:
    /// a run killed at any moment leaves the old file or the new one, never a truncated one.
    /// </summary>
    public static void Write(string path, Baseline baseline)
    {
        var temp = Sibling(path, ".tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                baseline.Write(file);
                file.WriteByte((byte)'\n');
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>git's user.name, else the login name: recorded with each accepted finding.</summary>
    public static string Who()
    {
        try
        {
            var start = new ProcessStartInfo("git", "config user.name") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start);
            var name = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            if (!string.IsNullOrEmpty(name))
            {
                return name;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no git: fall back to the login name
        }

        return Environment.UserName;
    }

    // A hidden file in the baseline's folder: a rename is atomic only within one file system.
    private static string Sibling(string path, string suffix)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + suffix);
    }
}

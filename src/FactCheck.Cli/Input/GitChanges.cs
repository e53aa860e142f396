using System.Diagnostics;

namespace FactCheck.Cli.Input;

/// <summary>
/// The files added or changed since a git ref (committed, staged, unstaged or untracked), as display
/// paths. Git does the asking; FactCheck still reads every article.
/// </summary>
internal static class GitChanges
{
    public static IReadOnlySet<string> Since(string gitRef)
    {
        var top = Git("rev-parse", "--show-toplevel").Trim();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        // core.quotePath=false: git would otherwise print Persian file names octal-escaped and quoted.
        foreach (var output in new[] { Git("-c", "core.quotePath=false", "diff", "--name-only", gitRef, "--"), Git("-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard", "--full-name") })
        {
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                changed.Add(DisplayPath.Of(Path.Combine(top, line)));
            }
        }

        return changed;
    }

    private static string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start) ?? throw new IOException("git could not be started");
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new IOException($"git {string.Join(' ', args)} failed: {error.Trim()}");
        }

        return output.Result;
    }
}

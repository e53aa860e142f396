using System.Diagnostics;

namespace FactCheck.Cli.Input;

/// <summary>
/// The files added or changed since a git ref (committed, staged, unstaged or untracked), as display
/// paths. Git does the asking; FactCheck still reads every article.
/// </summary>
/// <remarks>
/// The ref comes from the command line of a CI job that may be templated from a pull request, so it is
/// never handed to git where git would read it as an option (<c>--output=FILE</c> writes a file,
/// <c>--cached</c> or <c>-p</c> change what is listed): it is first resolved to a commit id behind
/// <c>--end-of-options</c>, and only that id reaches <c>git diff</c>. Names are read NUL-separated, so a
/// quote, tab, newline or Persian letter in a file name cannot hide the file.
/// </remarks>
internal static class GitChanges
{
    public static IReadOnlySet<string> Since(string gitRef)
    {
        var top = Git("rev-parse", "--show-toplevel").TrimEnd('\n');
        var commit = Commit(gitRef);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var diff = Git("diff", "--name-only", "-z", "--no-ext-diff", "--no-textconv", "--no-renames", commit, "--");
        var untracked = Git("ls-files", "-z", "--others", "--exclude-standard", "--full-name");
        foreach (var output in new[] { diff, untracked })
        {
            foreach (var name in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                changed.Add(DisplayPath.Of(Path.Combine(top, name)));
            }
        }

        return changed;
    }

    /// <summary>The commit id the ref names, or an error that says the ref is not one.</summary>
    private static string Commit(string gitRef)
    {
        if (gitRef.Length == 0 || gitRef.StartsWith('-'))
        {
            throw new IOException($"--changed-since: '{gitRef}' is not a git revision (a ref may not start with '-')");
        }

        try
        {
            var id = Git("rev-parse", "--verify", "--quiet", "--end-of-options", gitRef + "^{commit}").Trim();
            return id.Length >= 40 && id.All(char.IsAsciiHexDigit) ? id : throw new IOException($"git rev-parse printed '{id}'");
        }
        catch (GitFailedException)
        {
            throw new IOException($"--changed-since: '{gitRef}' names no commit in this repository (is it fetched? actions/checkout needs fetch-depth: 0)");
        }
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
        return git.ExitCode == 0 ? output.Result : throw new GitFailedException($"git {args[0]} failed: {error.Trim()}");
    }

    private sealed class GitFailedException(string message) : IOException(message);
}

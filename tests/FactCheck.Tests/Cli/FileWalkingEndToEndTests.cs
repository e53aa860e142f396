using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>
/// Threat: a pull request that adds links, FIFOs, devices, huge or unreadable files to the articles
/// folder, to count one article many times, read a file outside the folder, or hang the gate.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileWalkingEndToEndTests : IDisposable
{
    private readonly GateProject _project = new();

    public FileWalkingEndToEndTests() => _project.Add("articles/wrong.txt", GateProject.WrongDate);

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_linked_folder_is_not_followed_so_a_mirror_cannot_forge_a_majority_and_a_loop_cannot_hang()
    {
        Directory.CreateSymbolicLink(_project.PathOf("articles/mirror"), ".");
        Directory.CreateDirectory(_project.PathOf("articles/sub"));
        Directory.CreateSymbolicLink(_project.PathOf("articles/sub/up"), "../..");

        var result = _project.Check("articles", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(6, Articles(result));
        Assert.Contains("factcheck: note: articles/mirror: a link to a folder, not followed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("factcheck: note: articles/sub/up: a link to a folder, not followed", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_reached_twice_counts_once()
    {
        File.CreateSymbolicLink(_project.PathOf("articles/again.txt"), "wrong.txt");
        Shell("ln", _project.PathOf("articles/wrong.txt"), _project.PathOf("articles/hard.txt"));

        var result = _project.Check("articles", "articles/wrong.txt", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(6, Articles(result));
        Assert.DoesNotContain("again.txt", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_leaving_the_folder_is_refused_by_name_and_not_read()
    {
        var outside = Path.Combine(_project.Dir, "secret.txt");
        _project.Add("secret.txt", "---\nsource: محرمانه\npublished: 2021-11-10\n---\nبیانیه سه جانبه آتش بس قره باغ روز ۲۵ آبان ۱۳۹۹ امضا شد.\n");
        File.CreateSymbolicLink(_project.PathOf("articles/leak.txt"), outside);
        File.CreateSymbolicLink(_project.PathOf("articles/broken.txt"), "nothing-here.txt");

        var result = _project.Check("articles", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/leak.txt:1:1: FC006: a link to a file outside the folder being checked", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("articles/broken.txt:1:1: FC006: a broken link", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("محرمانه", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(6, Articles(result));
    }

    [Fact]
    public void Fifos_and_devices_are_refused_without_being_opened()
    {
        Shell("mkfifo", _project.PathOf("articles/pipe.txt"));

        var walked = _project.Check("articles", "--format", "json");
        var named = _project.Check("/dev/zero", "/dev/stdin", "articles/wrong.txt");

        Assert.Equal(2, walked.ExitCode);
        Assert.Contains("articles/pipe.txt:1:1: FC005: not a regular file", walked.Stderr, StringComparison.Ordinal);
        Assert.Equal(6, Articles(walked));
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("dev/zero:1:1: FC005: not a regular file", named.Stderr, StringComparison.Ordinal);
        Assert.Contains("dev/stdin:1:1: FC005: not a regular file", named.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_the_size_limit_is_a_located_error_and_the_rest_is_checked()
    {
        using (var big = File.Create(_project.PathOf("articles/big.txt")))
        {
            big.SetLength((64L << 20) + 1); // sparse: no disk used
        }

        var result = _project.Check("articles", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/big.txt:1:1: FC009: larger than 64 MB", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(6, Articles(result));
    }

    [Fact]
    public void An_unreadable_folder_is_a_located_error_and_the_rest_is_checked()
    {
        Directory.CreateDirectory(_project.PathOf("articles/locked"));
        _project.Add("articles/locked/hidden.txt", GateProject.WrongDate);
        File.SetUnixFileMode(_project.PathOf("articles/locked"), UnixFileMode.None);

        // root reads any folder: run FactCheck as nobody then, over a project nobody may read.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            File.SetUnixFileMode(_project.Dir, (UnixFileMode)0b111_101_101);
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "factcheck.dll");
        string[] check = ["check", "articles", "--format", "json"];
        FactCheckProcess.Result result;
        try
        {
            result = asRoot
                ? FactCheckProcess.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", dll, .. check], [], _project.Dir)
                : FactCheckProcess.Run("dotnet", [dll, .. check], [], _project.Dir);
        }
        finally
        {
            File.SetUnixFileMode(_project.PathOf("articles/locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/locked:1:1: FC007: cannot read the folder", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(6, Articles(result));
    }

    private static int Articles(FactCheckProcess.Result result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("summary").GetProperty("articles").GetInt32();
    }

    private static void Shell(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

using System.Diagnostics;
using System.Text;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// A newsroom's project in a temporary folder, as the end-to-end tests of the gate use it: the seed
/// articles under <c>articles/</c>, a factcheck.yaml, and the real executable run inside it.
/// </summary>
internal sealed class GateProject : IDisposable
{
    /// <summary>An article that dates the ceasefire statement three days after every seed: an error.</summary>
    public const string WrongDate = "---\nsource: نمونه\npublished: 2021-11-10\n---\nبیانیه سه جانبه آتش بس قره باغ روز ۲۲ آبان ۱۳۹۹ امضا شد.\n";

    public GateProject()
    {
        Directory.CreateDirectory(PathOf("articles"));
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(FixtureFiles.Fixtures, "seeds"), "*.txt"))
        {
            File.Copy(seed, PathOf("articles/" + Path.GetFileName(seed)));
        }

        // The seeds are about the 2020 Karabakh war.
        Add("factcheck.yaml", "packs: [news, karabakh-2020]\n");
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("factcheck-gate-").FullName;

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    public string PathOf(string name) => Path.Combine(Dir, name);

    public FactCheckProcess.Result Check(params string[] args) => FactCheckProcess.Run(["check", .. args], [], Dir);

    public void Add(string name, string text) => File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));

    /// <summary>Runs git in the project as a CI checkout would, with a throwaway identity.</summary>
    public void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
    }

    /// <summary>A repository holding everything so far in one commit.</summary>
    public void CommitAll(string message)
    {
        if (!Directory.Exists(PathOf(".git")))
        {
            Git("init", "-q");
        }

        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }
}

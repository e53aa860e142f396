using System.Diagnostics;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// README's install line works: the CLI packs as a .NET tool named FactCheck, installs from a local
/// folder with <c>--add-source</c>, and the installed <c>factcheck</c> runs.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_packed_tool_installs_and_prints_its_version()
    {
        var packages = Path.Combine(_dir, "nupkgs");
        var tools = Path.Combine(_dir, "tools");

        // The build under test, packed as it is (no second build beside the running tests).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        Dotnet("pack", Path.Combine(FixtureFiles.Root, "src", "FactCheck.Cli"), "--no-build", "-c", configuration, "-o", packages, "-nologo");
        Assert.Single(Directory.GetFiles(packages, "FactCheck.*.nupkg"));
        Dotnet("tool", "install", "--tool-path", tools, "FactCheck", "--add-source", packages);

        var installed = FactCheckProcess.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "factcheck.exe" : "factcheck"), ["--version"]);
        var jit = FactCheckProcess.Run(["--version"]);

        Assert.Equal(0, installed.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", installed.Stdout);
        Assert.Equal(jit.Stdout, installed.Stdout);
    }

    private void Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"dotnet {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }
}

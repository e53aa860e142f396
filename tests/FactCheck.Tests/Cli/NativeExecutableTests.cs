using System.Diagnostics;
using System.Text;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// The executable users install is compiled ahead of time (README, Install). Trimming and native
/// compilation can break what the JIT build does (a library's reflection, a resource left out), so
/// the native build is published once and every command here must print and exit exactly as the
/// JIT build does: reports, rule errors, article errors.
/// </summary>
public sealed class NativeExecutableTests : IClassFixture<NativeExecutableTests.Published>
{
    private readonly Published _native;

    public NativeExecutableTests(Published native) => _native = native;

    public static TheoryData<string> Commands => new()
    {
        "check fixtures --format json",
        "check fixtures --format sarif",
        "check fixtures --format junit",
        "check fixtures --format html",
        "check fixtures --format csv",
        "check fixtures",
        "extract fixtures/seeds/000_e7ad95d23837b17a.txt",
        "rules validate",
        "check broken --rules broken-rules",
        "rules validate broken-rules",
        "check broken --rules rules",
        "discover fixtures/stories/quake --no-rules --format json",
        "check fixtures/stories/wildfire --discover --format json",
        "--version",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Prints_and_exits_as_the_jit_build_does(string command)
    {
        var args = command.Split(' ');
        var jit = FactCheckProcess.Run(args, workingDirectory: _native.Workspace);
        var native = FactCheckProcess.Run(_native.Executable, args, workingDirectory: _native.Workspace);

        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Stdout, native.Stdout);
        Assert.Equal(jit.Stderr, native.Stderr);
        Assert.False(string.IsNullOrEmpty(jit.Stdout + jit.Stderr), "the command printed nothing");
    }

    [Fact]
    public void Scans_standard_input_as_the_jit_build_does()
    {
        var input = File.ReadAllBytes(Path.Combine(_native.Workspace, "fixtures", "seeds", "004_840ad37251b4b345.txt"));
        string[] args = ["scan", "--published", "2021-11-01", "--format", "text"];
        var jit = FactCheckProcess.Run(args, input, _native.Workspace);
        var native = FactCheckProcess.Run(_native.Executable, args, input, _native.Workspace);

        Assert.Equal((jit.ExitCode, jit.Stdout, jit.Stderr), (native.ExitCode, native.Stdout, native.Stderr));
        Assert.Contains("\tdate\t", jit.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The native executable, published once for the class, and a workspace with good and broken input.</summary>
    public sealed class Published : IDisposable
    {
        public Published()
        {
            Workspace = Directory.CreateTempSubdirectory("factcheck-native-").FullName;
            var output = Path.Combine(Workspace, "bin");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "publish", Path.Combine(FixtureFiles.Root, "src", "FactCheck.Cli"), "-c", "Release", "-o", output, "-nologo", "-v", "q" })
            {
                start.ArgumentList.Add(arg);
            }

            using var publish = Process.Start(start)!;
            var stdout = publish.StandardOutput.ReadToEndAsync();
            var stderr = publish.StandardError.ReadToEndAsync();
            if (!publish.WaitForExit(TimeSpan.FromMinutes(15)) || publish.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish failed:\n{stdout.Result}\n{stderr.Result}");
            }

            Executable = Path.Combine(output, OperatingSystem.IsWindows() ? "factcheck.exe" : "factcheck");
            CopyTree(Path.Combine(FixtureFiles.Root, "fixtures"), Path.Combine(Workspace, "fixtures"));
            CopyTree(Path.Combine(FixtureFiles.Root, "rules"), Path.Combine(Workspace, "rules"));
            Directory.CreateDirectory(Path.Combine(Workspace, "broken-rules"));
            File.WriteAllText(Path.Combine(Workspace, "broken-rules", "bad.yaml"), "id: bad\ntitle: {fa: x, en: y}\nvalue: {type: quantity, dimensions: [count]}\ncues: [مقر]\nnature: events\n");
            Directory.CreateDirectory(Path.Combine(Workspace, "broken"));
            File.WriteAllText(Path.Combine(Workspace, "broken", "a.txt"), "---\nsource: ایرنا\npublisht: 2021-01-01\n---\nمتن\n");
            File.WriteAllBytes(Path.Combine(Workspace, "broken", "b.txt"), [.. Encoding.UTF8.GetBytes("متن "), 0xFF, 0x20]);
            File.WriteAllText(Path.Combine(Workspace, "broken", "c.txt"), "---\npublished: 2021-02-30\n---\nدر محدوده ۲۳ مقر\n");
        }

        public string Workspace { get; }

        public string Executable { get; }

        public void Dispose() => Directory.Delete(Workspace, recursive: true);

        private static void CopyTree(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}

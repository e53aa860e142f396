using System.Globalization;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// The README's "Your own story in ten minutes" is run for real: each <c>$ command</c> of its console
/// block, in an empty folder, must print exactly the lines shown under it.
/// </summary>
public sealed class ReadmeWalkthroughTests : IDisposable
{
    private const string Heading = "## Your own story in ten minutes";
    private const string RepositoryPlaceholder = "path/to/FactCheck/";

    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-walkthrough-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_command_of_the_walkthrough_prints_what_the_readme_shows()
    {
        var steps = Steps(File.ReadAllLines(Path.Combine(FixtureFiles.Root, "README.md")));
        Assert.True(steps.Count >= 6, $"{steps.Count} commands in the walkthrough");
        Assert.Contains(steps, s => s.Command.StartsWith("factcheck discover", StringComparison.Ordinal));

        var exitCode = 0;
        foreach (var (command, expected) in steps)
        {
            var printed = Run(command, ref exitCode);
            Assert.True(expected.SequenceEqual(printed), $"$ {command}\nREADME shows:\n{string.Join('\n', expected)}\nFactCheck prints:\n{string.Join('\n', printed)}");
        }
    }

    // The commands of the section's console block, each with the lines shown under it.
    private static List<(string Command, List<string> Output)> Steps(string[] readme)
    {
        var start = Array.IndexOf(readme, Heading);
        Assert.True(start >= 0, $"README has no '{Heading}'");
        var open = Array.FindIndex(readme, start, l => l == "```console");
        var close = Array.FindIndex(readme, open + 1, l => l == "```");
        var steps = new List<(string, List<string>)>();
        foreach (var line in readme[(open + 1)..close])
        {
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                steps.Add((line[2..], []));
            }
            else
            {
                steps[^1].Item2.Add(line);
            }
        }

        return steps;
    }

    private List<string> Run(string command, ref int exitCode)
    {
        var words = command.Split(' ');
        switch (words)
        {
            case ["factcheck", .. var args]:
                var result = FactCheckProcess.Run(args, [], _dir);
                Assert.Equal(string.Empty, result.Stderr);
                exitCode = result.ExitCode;
                return Lines(result.Stdout);
            case ["cp", "-r", var from, "."]:
                Assert.StartsWith(RepositoryPlaceholder, from, StringComparison.Ordinal);
                var source = Path.Combine(FixtureFiles.Root, from[RepositoryPlaceholder.Length..]);
                var target = Path.Combine(_dir, Path.GetFileName(source));
                Directory.CreateDirectory(target);
                foreach (var file in Directory.GetFiles(source))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }

                exitCode = 0;
                return [];
            case ["mv", var from, var to]:
                File.Move(Path.Combine(_dir, from), Path.Combine(_dir, to));
                exitCode = 0;
                return [];
            case ["echo", "$?"]:
                return [exitCode.ToString(CultureInfo.InvariantCulture)];
            default:
                throw new InvalidOperationException($"the walkthrough test cannot run '{command}'");
        }
    }

    private static List<string> Lines(string output) => [.. output.TrimEnd('\n').Split('\n')];
}

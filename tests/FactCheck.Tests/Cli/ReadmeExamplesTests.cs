using System.Globalization;
using System.Text.Json.Nodes;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// README's examples are run for real, so that they cannot drift from the program. Every
/// <c>```console</c> block, section by section (each section in its own empty folder, its blocks one
/// after the other), runs each <c>$ command</c> and must print exactly the lines shown under it
/// (standard error, then standard output). A line <c>...</c> stands for any lines, and <c>...</c>
/// inside a line for any text. The JSON sample of <c>check</c> must carry the summary and the first
/// finding the program prints for the command it names.
/// </summary>
public sealed class ReadmeExamplesTests
{
    private const string RepositoryPlaceholder = "path/to/FactCheck/";
    private const string Elided = "...";

    private static readonly string[] Readme = File.ReadAllLines(Path.Combine(FixtureFiles.Root, "README.md"));

    public static TheoryData<string> Sections => [.. Blocks().Select(b => b.Section).Distinct()];

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_console_example_prints_what_the_readme_shows(string section)
    {
        var dir = Directory.CreateTempSubdirectory("factcheck-readme-").FullName;
        try
        {
            var exitCode = 0;
            foreach (var (command, input, expected) in Blocks().Where(b => b.Section == section).SelectMany(b => Steps(b.Lines)))
            {
                var printed = Run(command, input, dir, ref exitCode);
                Assert.True(Matches(expected, printed), $"{section}\n$ {command}\nREADME shows:\n{string.Join('\n', expected)}\nFactCheck prints:\n{string.Join('\n', printed)}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_walkthrough_and_the_gate_are_among_the_examples()
    {
        var sections = Blocks().Select(b => b.Section).ToList();
        Assert.Contains("## Your own story in ten minutes", sections);
        Assert.Contains("## Five minutes with the gate", sections);
        Assert.True(Blocks().SelectMany(b => Steps(b.Lines)).Count(s => s.Command.StartsWith("factcheck ", StringComparison.Ordinal)) >= 8);
    }

    [Fact]
    public void The_json_sample_carries_the_summary_and_first_finding_the_program_prints()
    {
        // The sample follows the sentence naming its command: "`factcheck check ... --format json` prints".
        var at = Array.FindIndex(Readme, l => l.StartsWith("`factcheck check ", StringComparison.Ordinal) && l.Contains("--format json` prints", StringComparison.Ordinal));
        Assert.True(at >= 0, "README names no command for the JSON sample");
        var args = Readme[at][1..Readme[at].IndexOf('`', 1)].Split(' ')[1..];
        var open = Array.IndexOf(Readme, "```json", at);
        var close = Array.IndexOf(Readme, "```", open + 1);
        var sample = JsonNode.Parse(string.Join('\n', Readme[(open + 1)..close]))!;

        var result = FactCheckProcess.Run(args, workingDirectory: FixtureFiles.Root);
        var printed = JsonNode.Parse(result.Stdout)!;

        Assert.True(JsonNode.DeepEquals(printed["summary"], sample["summary"]), $"README: {sample["summary"]!.ToJsonString()}\nprinted: {printed["summary"]!.ToJsonString()}");
        var shown = sample["findings"]![0]!;
        var finding = printed["findings"]!.AsArray().Single(f => f!["fingerprint"]!.GetValue<string>() == shown["fingerprint"]!.GetValue<string>())!;
        foreach (var field in new[] { "rule", "key", "kind", "severity", "message" })
        {
            Assert.Equal(shown[field]!.GetValue<string>(), finding[field]!.GetValue<string>());
        }

        var claim = shown["claims"]![0]!;
        Assert.Contains(finding["claims"]!.AsArray(), c => c!["path"]!.GetValue<string>() == claim["path"]!.GetValue<string>()
            && c["line"]!.GetValue<int>() == claim["line"]!.GetValue<int>() && c["column"]!.GetValue<int>() == claim["column"]!.GetValue<int>());
    }

    [Fact]
    public void Every_field_of_the_json_report_is_documented()
    {
        var result = FactCheckProcess.Run(["check", "fixtures", "--format", "json"], workingDirectory: FixtureFiles.Root);
        var readme = string.Join('\n', Readme);
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        fields.Add(name);
                        Collect(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Collect(item);
                    }

                    break;
            }
        }

        Collect(JsonNode.Parse(result.Stdout));

        Assert.Contains("agreeingOmitted", fields);
        var undocumented = fields.Where(f => !readme.Contains($"`{f}`", StringComparison.Ordinal) && !readme.Contains($"\"{f}\"", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, $"not in README: {string.Join(", ", undocumented)}");
    }

    // Every console block, with the "## " section it stands in.
    private static List<(string Section, string[] Lines)> Blocks()
    {
        var blocks = new List<(string, string[])>();
        var section = string.Empty;
        for (var i = 0; i < Readme.Length; i++)
        {
            if (Readme[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = Readme[i];
            }
            else if (Readme[i] == "```console")
            {
                var close = Array.IndexOf(Readme, "```", i + 1);
                blocks.Add((section, Readme[(i + 1)..close]));
                i = close;
            }
        }

        return blocks;
    }

    // The commands of a block, each with its here-document (cat > FILE <<'EOF') and the lines shown under it.
    private static List<(string Command, List<string> Input, List<string> Output)> Steps(string[] block)
    {
        var steps = new List<(string, List<string>, List<string>)>();
        string? hereEnd = null;
        foreach (var line in block)
        {
            if (hereEnd is not null)
            {
                if (line == hereEnd)
                {
                    hereEnd = null;
                }
                else
                {
                    steps[^1].Item2.Add(line);
                }
            }
            else if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                steps.Add((line[2..], [], []));
                hereEnd = line.Contains("<<'", StringComparison.Ordinal) ? line[(line.IndexOf("<<'", StringComparison.Ordinal) + 3)..].TrimEnd('\'') : null;
            }
            else
            {
                steps[^1].Item3.Add(line);
            }
        }

        return steps;
    }

    private static List<string> Run(string command, List<string> input, string dir, ref int exitCode)
    {
        var words = command.Split(' ');
        switch (words)
        {
            case ["factcheck", .. var args]:
                var result = FactCheckProcess.Run(args, [], dir);
                exitCode = result.ExitCode;

                // README shows the report as a reader sees it: the bidi isolates around Persian runs are invisible.
                return [.. Lines(result.Stderr), .. Lines(result.Stdout.Replace("\u2068", string.Empty, StringComparison.Ordinal).Replace("\u2069", string.Empty, StringComparison.Ordinal))];
            case ["cp", "-r", var from, var to]:
                var source = Path.Combine(FixtureFiles.Root, from.StartsWith(RepositoryPlaceholder, StringComparison.Ordinal) ? from[RepositoryPlaceholder.Length..] : from);
                var target = to == "." ? Path.Combine(dir, Path.GetFileName(source)) : Path.Combine(dir, to);
                Directory.CreateDirectory(target);
                foreach (var file in Directory.GetFiles(source))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }

                exitCode = 0;
                return [];
            case ["cat", ">", var file, ..]:
                File.WriteAllText(Path.Combine(dir, file), string.Join('\n', input) + "\n");
                exitCode = 0;
                return [];
            case ["mv", var from, var to]:
                File.Move(Path.Combine(dir, from), Path.Combine(dir, to));
                exitCode = 0;
                return [];
            case ["echo", "$?"]:
                return [exitCode.ToString(CultureInfo.InvariantCulture)];
            default:
                throw new InvalidOperationException($"the README test cannot run '{command}'");
        }
    }

    // A line "..." matches any lines (none too); "..." inside a line matches any text.
    private static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> printed)
    {
        if (expected.Count == 0)
        {
            return printed.Count == 0;
        }

        if (expected[0] == Elided)
        {
            return Enumerable.Range(0, printed.Count + 1).Any(skip => Matches(expected.Skip(1).ToList(), printed.Skip(skip).ToList()));
        }

        return printed.Count > 0 && LineMatches(expected[0], printed[0]) && Matches(expected.Skip(1).ToList(), printed.Skip(1).ToList());
    }

    private static bool LineMatches(string expected, string printed)
    {
        var parts = expected.Split(Elided);
        if (parts.Length == 1)
        {
            return expected == printed;
        }

        if (!printed.StartsWith(parts[0], StringComparison.Ordinal) || !printed.EndsWith(parts[^1], StringComparison.Ordinal) || printed.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        foreach (var part in parts[1..^1])
        {
            at = printed.IndexOf(part, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += part.Length;
        }

        return at <= printed.Length - parts[^1].Length;
    }

    private static List<string> Lines(string output) => output.Length == 0 ? [] : [.. output.TrimEnd('\n').Split('\n')];
}

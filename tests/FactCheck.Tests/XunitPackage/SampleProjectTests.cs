using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactCheck.Tests.Cli;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.XunitPackage;

/// <summary>
/// The evidence for the xunit package: tests/FactCheck.Sample, a newsroom's test project over
/// fixtures/, references FactCheck.Xunit as a package packed from this build, and is run twice as
/// CI runs it (with a TRX report). It has as many fact cases as `factcheck check fixtures` has facts
/// (and value checks that flagged something), fails exactly on the findings at the failing level,
/// has one case per rule example, and names every case the same way in both runs. The sample fails
/// by design (the fixtures disagree), so it is run from here, not by the solution.
/// </summary>
public sealed partial class SampleProjectTests : IClassFixture<SampleProjectTests.Runs>
{
    private const string FactCase = "Newsroom.Tests.FixturesTests.Fact_agrees(fact: ";
    private const string ExampleCase = "Newsroom.Tests.FixturesTests.Rule_example_holds(example: ";

    private readonly Runs _runs;

    public SampleProjectTests(Runs runs) => _runs = runs;

    [Fact]
    public void The_package_is_packed_with_core_beside_it_and_the_sample_fails_by_design()
    {
        Assert.True(File.Exists(Path.Combine(_runs.Packages, "FactCheck.Xunit.0.1.0.nupkg")), _runs.Log);
        Assert.True(File.Exists(Path.Combine(_runs.Packages, "FactCheck.Core.0.1.0.nupkg")), _runs.Log);
        Assert.Equal(1, _runs.ExitCode); // 1: failing tests, not a build or restore failure
    }

    [Fact]
    public void The_packages_declare_their_ids_dependencies_and_libraries()
    {
        static (XElement Metadata, List<string> Files) Read(string nupkg)
        {
            using var zip = ZipFile.OpenRead(nupkg);
            var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = nuspec.Open();
            return (XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata"), [.. zip.Entries.Select(e => e.FullName)]);
        }

        static IEnumerable<string> Dependencies(XElement metadata) =>
            metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value}").Order();

        var (xunit, xunitFiles) = Read(Path.Combine(_runs.Packages, "FactCheck.Xunit.0.1.0.nupkg"));
        var (core, coreFiles) = Read(Path.Combine(_runs.Packages, "FactCheck.Core.0.1.0.nupkg"));

        Assert.Equal("FactCheck.Xunit", xunit.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal(["FactCheck.Core 0.1.0", "xunit.extensibility.core 2.9.3"], Dependencies(xunit));
        Assert.Contains("lib/net10.0/FactCheck.Xunit.dll", xunitFiles);
        Assert.DoesNotContain(xunitFiles, f => f.EndsWith("FactCheck.Core.dll", StringComparison.Ordinal)); // a dependency, not a copy
        Assert.Equal("FactCheck.Core", core.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal(["FluentValidation 12.2.0", "Humanizer.Core 3.0.10", "YamlDotNet 18.1.0"], Dependencies(core));
        Assert.Contains("lib/net10.0/FactCheck.Core.dll", coreFiles);
    }

    [Fact]
    public void As_many_fact_cases_as_facts_failing_exactly_on_the_fixture_findings()
    {
        var cli = FactCheckProcess.Run(["check", "fixtures", "--format", "json"], workingDirectory: FixtureFiles.Root);
        using var json = JsonDocument.Parse(cli.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var valueChecks = findings.Where(f => f.GetProperty("kind").GetString() == "bad-value").Select(f => f.GetProperty("rule").GetString()).Distinct().Count();
        var errors = findings.Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        var facts = _runs.First.Where(r => r.Name.StartsWith(FactCase, StringComparison.Ordinal)).ToList();

        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("facts").GetInt32() + valueChecks, facts.Count);
        Assert.Equal(
            errors.Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("key").GetString())).Distinct().Count(),
            facts.Count(r => r.Outcome == "Failed"));
        Assert.Equal(
            errors.Select(f => f.GetProperty("fingerprint").GetString()!).Order(),
            facts.Where(r => r.Outcome == "Failed").SelectMany(r => Fingerprint().Matches(r.Message).Select(m => m.Groups[1].Value)).Order());
        Assert.All(facts.Where(r => r.Outcome != "Failed"), r => Assert.Equal("Passed", r.Outcome));
        Assert.Contains(facts, r => r.Name == FactCase + "ceasefire-statement: Date of the trilateral ceasefire statement)" && r.Message.Contains("fixtures/crafted/ceasefire-wrong-date.txt:7:72 نمونه الف «", StringComparison.Ordinal));
    }

    [Fact]
    public void One_passing_case_per_rule_example()
    {
        var validate = FactCheckProcess.Run(["rules", "validate"], workingDirectory: FixtureFiles.Root);
        var examples = int.Parse(Regex.Match(validate.Stdout, @"(\d+) examples checked").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var cases = _runs.First.Where(r => r.Name.StartsWith(ExampleCase, StringComparison.Ordinal)).ToList();

        Assert.Equal(examples, cases.Count);
        Assert.All(cases, r => Assert.Equal("Passed", r.Outcome));
        Assert.Equal(_runs.First.Count, _runs.First.Count(r => r.Name.StartsWith(FactCase, StringComparison.Ordinal)) + cases.Count);
    }

    [Fact]
    public void Case_names_and_outcomes_are_the_same_in_two_runs()
    {
        Assert.Equal(_runs.First.Count, _runs.First.Select(r => r.Name).Distinct().Count());
        Assert.Equal(
            _runs.First.Select(r => (r.Name, r.Outcome)).Order(),
            _runs.Second.Select(r => (r.Name, r.Outcome)).Order());
    }

    [GeneratedRegex(@"\(fingerprint ([0-9a-f]{32})\)")]
    private static partial Regex Fingerprint();

    /// <summary>One test result of a TRX report.</summary>
    public sealed record Result(string Name, string Outcome, string Message);

    /// <summary>Packs the package, runs the sample twice (the second without building), reads both reports.</summary>
    public sealed class Runs : IDisposable
    {
        private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

        private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-sample-").FullName;

        public Runs()
        {
            var clock = Stopwatch.StartNew();
            // The configuration this test run was built in: its outputs are what gets packed.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            Packages = Path.Combine(FixtureFiles.Root, "artifacts", "packages");
            var pack = Dotnet("pack", Path.Combine("src", "FactCheck.Xunit"), "-c", configuration, "--no-build", "-o", Packages);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
            }

            var sample = Path.Combine("tests", "FactCheck.Sample");
            var first = Dotnet("test", sample, "--logger", "trx;LogFileName=first.trx", "--results-directory", _dir);
            var second = Dotnet("test", sample, "--no-build", "--logger", "trx;LogFileName=second.trx", "--results-directory", _dir);
            ExitCode = first.ExitCode;
            Log = pack.Output + first.Output + second.Output;
            First = Read(Path.Combine(_dir, "first.trx"));
            Second = Read(Path.Combine(_dir, "second.trx"));

            // What .ci/run shows: the sample's own summary never reaches the CI log (it fails by design).
            var facts = First.Where(r => r.Name.StartsWith(FactCase, StringComparison.Ordinal)).ToList();
            var results = Path.Combine(FixtureFiles.Root, "tests", "FactCheck.Tests", "TestResults");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "sample-project.txt"), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"tests/FactCheck.Sample over fixtures/, FactCheck.Xunit packed from this build: {facts.Count} fact cases ({facts.Count(r => r.Outcome == "Failed")} failing by design), {First.Count - facts.Count} rule-example cases, run twice in {clock.Elapsed.TotalSeconds:0} s\n"));
        }

        public string Packages { get; }

        public int ExitCode { get; }

        public string Log { get; }

        public IReadOnlyList<Result> First { get; }

        public IReadOnlyList<Result> Second { get; }

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private IReadOnlyList<Result> Read(string trx)
        {
            if (!File.Exists(trx))
            {
                throw new InvalidOperationException($"the sample wrote no report {trx}:\n{Log}");
            }

            return [.. XDocument.Load(trx).Descendants(Trx + "UnitTestResult").Select(r => new Result(
                r.Attribute("testName")!.Value,
                r.Attribute("outcome")!.Value,
                r.Descendants(Trx + "Message").FirstOrDefault()?.Value ?? string.Empty))];
        }

        private static (int ExitCode, string Output) Dotnet(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = FixtureFiles.Root };
            foreach (var arg in args.Append("-nologo"))
            {
                start.ArgumentList.Add(arg);
            }

            // No MSBuild server or nodes left running after the test, and no first-run banners.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish");
            }

            return (process.ExitCode, $"$ dotnet {string.Join(' ', args)}\n{stdout.Result}{stderr.Result}");
        }
    }
}

using System.Text.Json;
using FactCheck.Tests.Cli;
using FactCheck.Tests.Fixtures;
using FactCheck.Xunit;
using Xunit.Abstractions;

namespace FactCheck.Tests.XunitPackage;

/// <summary>The xunit package's theory data: a folder of articles as one case per fact, checked as the gate checks it.</summary>
public sealed class FactCheckDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-xunit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static List<FactCheckCase> Cases(string path) =>
        [.. new FactCheckDataAttribute(path).GetData(typeof(FactCheckDataTests).GetMethod(nameof(Dispose))!).Select(row => (FactCheckCase)Assert.Single(row))];

    /// <summary>The message a case fails with; null when it passes.</summary>
    internal static string? Failure(FactCheckCase testCase, ITestOutputHelper? output = null)
    {
        try
        {
            testCase.Verify(output);
            return null;
        }
        catch (FactCheckFailure e)
        {
            return e.Message;
        }
    }

    internal static IEnumerable<string> Fingerprints(string message) =>
        message.Split('\n').Select(l => l.Split("(fingerprint ", 2)).Where(p => p.Length == 2).Select(p => p[1][..32]);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_dir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Copy(string fixture, string to) => Write(to, File.ReadAllText(Path.Combine(FixtureFiles.Root, fixture)));

    [Fact]
    public void Fixtures_are_one_case_per_fact_failing_exactly_where_the_gate_finds_errors()
    {
        var cases = Cases("fixtures"); // found above the test run's output, as a newsroom's test project finds its articles
        var cli = FactCheckProcess.Run(["check", "fixtures", "--format", "json"], workingDirectory: FixtureFiles.Root);
        using var json = JsonDocument.Parse(cli.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var valueChecks = findings.Where(f => f.GetProperty("kind").GetString() == "bad-value").Select(f => f.GetProperty("rule").GetString()).Distinct().Count();

        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("facts").GetInt32() + valueChecks, cases.Count);
        Assert.Equal(
            findings.Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("fingerprint").GetString()!).Order(),
            cases.Select(c => Failure(c)).OfType<string>().SelectMany(Fingerprints).Order());
        Assert.Equal(cases.Count(c => c.Fails), cases.Count(c => Failure(c) is not null));
        Assert.Equal(cases.Select(c => c.Name), Cases("fixtures").Select(c => c.Name));
    }

    [Fact]
    public void A_failing_case_names_the_finding_and_each_disputed_claim_at_its_place_from_the_folders_root()
    {
        var ceasefire = Cases("fixtures").Single(c => c.Name == "ceasefire-statement: Date of the trilateral ceasefire statement");

        var message = Failure(ceasefire)!;

        Assert.StartsWith("error disagreement (fingerprint ", message, StringComparison.Ordinal);
        Assert.Contains("): Date of the trilateral ceasefire statement: نمونه الف (2021-11-10) says 12 November 2020;", message, StringComparison.Ordinal);
        Assert.Contains("\n  fixtures/crafted/ceasefire-wrong-date.txt:7:72 نمونه الف «به گزارش خبرگزاری نمونه الف، یک سال پیش بیانیه سه جانبه آتش بس قره باغ روز ۲۲ آبان ۱۳۹۹ امضا شد.»", message, StringComparison.Ordinal);
        Assert.Equal("ceasefire-statement: Date of the trilateral ceasefire statement", ceasefire.ToString());
    }

    [Fact]
    public void The_projects_baseline_accepts_with_its_justification_and_its_fail_on_level_is_honoured()
    {
        // Two projects with the same articles (runs are cached per folder): as is, then with a baseline and fail-on.
        foreach (var project in new[] { "plain", "accepting" })
        {
            Copy("fixtures/crafted/ceasefire-wrong-date.txt", $"{project}/articles/wrong.txt");
            Copy("fixtures/seeds/004_840ad37251b4b345.txt", $"{project}/articles/irna.txt");
            Copy("fixtures/seeds/003_9f977fb7910c05ec.txt", $"{project}/articles/person.txt");
        }

        Write("plain/factcheck.yaml", "packs: [news, karabakh-2020]\n");
        var before = Cases(Path.Combine(_dir, "plain", "articles"));
        var ceasefire = before.Single(c => c.Name.StartsWith("ceasefire-statement:", StringComparison.Ordinal));
        var fingerprint = Assert.Single(Fingerprints(Failure(ceasefire)!));
        Assert.Null(Failure(before.Single(c => c.Name.StartsWith("war-start:", StringComparison.Ordinal)))); // a warning, below the default level

        Write("accepting/factcheck.yaml", "packs: [news, karabakh-2020]\nbaseline: baseline.json\nfail-on: warning\n");
        Write("accepting/baseline.json", $$"""{"version": 1, "accepted": [{"fingerprint": "{{fingerprint}}", "rule": "ceasefire-statement", "justification": "the outlet was told", "acceptedBy": "desk"}]}""");
        var after = Cases(Path.Combine(_dir, "accepting", "articles"));
        var output = new Output();

        Assert.Null(Failure(after.Single(c => c.Name == ceasefire.Name), output));
        Assert.StartsWith("accepted in the baseline: the outlet was told (desk)\nerror disagreement", output.Text, StringComparison.Ordinal);
        Assert.Contains("warning implied-disagreement", Failure(after.Single(c => c.Name.StartsWith("war-start:", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Equal(before.Select(c => c.Name), after.Select(c => c.Name));
    }

    [Fact]
    public void A_run_that_cannot_be_judged_is_a_failing_case_naming_why()
    {
        Copy("fixtures/seeds/004_840ad37251b4b345.txt", "articles/irna.txt");
        Write("factcheck.yaml", "packs: [karabakh-2020]\n");
        File.WriteAllBytes(Path.Combine(_dir, "articles", "broken.txt"), [0x61, 0xFF, 0x62]);
        File.CreateSymbolicLink(Path.Combine(_dir, "articles", "outside.txt"), Path.Combine(FixtureFiles.Root, "fixtures", "seeds", "000_e7ad95d23837b17a.txt"));

        var cases = Cases(Path.Combine(_dir, "articles"));

        Assert.Equal(FactCheckCase.CouldNotJudge, cases[0].Name);
        Assert.True(cases[0].Fails);
        Assert.Contains("articles/broken.txt:1:2: FC001", Failure(cases[0]), StringComparison.Ordinal);
        Assert.Contains("\narticles/outside.txt:1:1: FC006: a link to a file outside the folder", Failure(cases[0]), StringComparison.Ordinal); // the CLI's walk, named from the root
        Assert.Contains(cases, c => c.Name.StartsWith("ceasefire-statement:", StringComparison.Ordinal) && Failure(c) is null);
        Assert.Equal($"{FactCheckCase.CouldNotJudge} {Path.Combine(_dir, "missing")}:\n{Path.Combine(_dir, "missing")}:1:1: FC003: no file or folder '{Path.Combine(_dir, "missing")}' in {AppContext.BaseDirectory} or any folder above it", Failure(Assert.Single(Cases(Path.Combine(_dir, "missing")))));
    }

    [Fact]
    public void A_rule_folder_that_is_not_there_is_a_failing_case_not_a_discovery_error()
    {
        Copy("fixtures/seeds/004_840ad37251b4b345.txt", "articles/irna.txt");
        Write("factcheck.yaml", "rules: [our-rules]\n");

        var testCase = Assert.Single(Cases(Path.Combine(_dir, "articles")));

        Assert.Equal(FactCheckCase.CouldNotJudge, testCase.Name);
        Assert.Contains(": FC002: --rules '", Failure(testCase), StringComparison.Ordinal);
        Assert.Contains("our-rules': no such file or folder", Failure(testCase), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_survives_xunits_serialization_by_name_as_a_test_explorer_runs_one_alone()
    {
        var original = Cases("fixtures").Single(c => c.Name.StartsWith("checkpoints:", StringComparison.Ordinal));
        var info = new SerializationInfo();
        ((IXunitSerializable)original).Serialize(info);
#pragma warning disable CS0618 // the deserializer's constructor
        var copy = new FactCheckCase();
#pragma warning restore CS0618
        ((IXunitSerializable)copy).Deserialize(info);

        Assert.Equal(original.Name, copy.Name);
        Assert.True(copy.Fails);
        Assert.Equal(Failure(original), Failure(copy));
    }

    /// <summary>A test's output, as xunit collects it.</summary>
    internal sealed class Output : ITestOutputHelper
    {
        public string Text { get; private set; } = string.Empty;

        public void WriteLine(string message) => Text += message;

        public void WriteLine(string format, params object[] args) => Text += string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>xunit's serialization store, as a dictionary.</summary>
    internal sealed class SerializationInfo : IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> _values = [];

        public void AddValue(string key, object? value, Type? type = null) => _values[key] = value;

        public T GetValue<T>(string key) => (T)_values[key]!;

        public object? GetValue(string key, Type type) => _values[key];
    }
}

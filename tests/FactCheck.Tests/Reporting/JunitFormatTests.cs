using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Tests.Cli;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Reporting;

/// <summary><c>check --format junit</c>: valid against the JUnit schema CI systems read, one case per fact, failures equal to the findings.</summary>
public sealed class JunitFormatTests
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "Reporting", "junit.xsd"));
        set.Compile();
        return set;
    });

    private static string Junit(GateResult result) => GateFormatTests.Render(new JunitGateFormatter(), result);

    /// <summary>Every schema error, as "line:col: message".</summary>
    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static IEnumerable<string> Fingerprints(IEnumerable<XElement> outcomes) =>
        outcomes.SelectMany(e => e.Value.Split('\n'))
            .Select(line => line.Split("(fingerprint ", 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => parts[1][..32]);

    [Fact]
    public void Validates_against_the_junit_schema_with_failures_accepted_findings_and_errors()
    {
        var all = FixtureGate.Result();
        var accepted = FixtureGate.Result(new Baseline(CheckGate.AcceptAll(all.Report, Baseline.Empty, "known", "tests", new DateOnly(2026, 1, 1)).Entries.Take(3)));
        var unreadable = all with { Errors = [new Diagnostic("FC002", new SourceLocation("fixtures/broken.txt", 1, 1), "cannot read the article")] };

        foreach (var result in new[] { all, accepted, unreadable })
        {
            Assert.Empty(Validate(Junit(result)));
        }

        // The validator is not a rubber stamp: a case without a name, or a count that is not a number, is refused.
        Assert.NotEmpty(Validate("""<testsuites><testsuite name="a" tests="1"><testcase classname="x"/></testsuite></testsuites>"""));
        Assert.NotEmpty(Validate("""<testsuites><testsuite name="a" tests="one"/></testsuites>"""));
    }

    [Fact]
    public void Has_one_case_per_fact_and_its_failures_are_the_json_findings_at_the_failing_level()
    {
        var result = FixtureGate.Result();
        var xml = XDocument.Parse(Junit(result));
        using var json = JsonDocument.Parse(GateFormatTests.Render(new JsonGateFormatter(), result));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var valueChecks = findings.Where(f => f.GetProperty("kind").GetString() == "bad-value").Select(f => f.GetProperty("rule").GetString()).Distinct().Count();

        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("facts").GetInt32() + valueChecks, cases.Count);
        Assert.Equal(cases.Count, int.Parse(xml.Root!.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(cases.Count, cases.Select(c => c.Attribute("name")!.Value).Distinct().Count());

        var failing = findings.Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(
            failing.Select(f => f.GetProperty("fingerprint").GetString()).Order(),
            Fingerprints(xml.Descendants("failure")).Order());
        Assert.Equal(
            findings.Except(failing).Select(f => f.GetProperty("fingerprint").GetString()).Order(),
            Fingerprints(xml.Descendants("system-out")).Order());
        Assert.Equal(
            failing.Select(f => $"factcheck.{f.GetProperty("rule").GetString()}").Distinct().Order(),
            cases.Where(c => c.Element("failure") is not null).Select(c => c.Attribute("classname")!.Value).Distinct().Order());
        Assert.Equal(xml.Descendants("failure").Count(), int.Parse(xml.Root.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_clis_junit_report_of_all_fixtures_validates_and_fails_exactly_on_its_json_findings()
    {
        var junit = FactCheckProcess.Run(["check", "fixtures", "--format", "junit"], workingDirectory: FixtureFiles.Root);
        var json = FactCheckProcess.Run(["check", "fixtures", "--format", "json"], workingDirectory: FixtureFiles.Root);
        using var report = JsonDocument.Parse(json.Stdout);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var xml = XDocument.Parse(junit.Stdout);

        Assert.Equal((1, 1), (junit.ExitCode, json.ExitCode)); // the gate's exit code, whatever the format
        Assert.Empty(Validate(junit.Stdout));
        Assert.Equal(
            findings.Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("fingerprint").GetString()).Order(),
            Fingerprints(xml.Descendants("failure")).Order());
        Assert.Equal(findings.Count, Fingerprints(xml.Descendants("failure").Concat(xml.Descendants("system-out"))).Count());
        Assert.Equal(
            report.RootElement.GetProperty("summary").GetProperty("facts").GetInt32() + findings.Where(f => f.GetProperty("kind").GetString() == "bad-value").Select(f => f.GetProperty("rule").GetString()).Distinct().Count(),
            xml.Descendants("testcase").Count());
    }

    [Fact]
    public void A_failure_names_the_finding_and_every_disputed_claim_with_place_source_and_sentence()
    {
        var xml = XDocument.Parse(Junit(FixtureGate.Result()));
        var ceasefire = xml.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "ceasefire-statement: Date of the trilateral ceasefire statement");
        var failure = ceasefire.Element("failure")!;

        Assert.Equal("ceasefire-statement", ceasefire.Parent!.Attribute("name")!.Value);
        Assert.Equal("disagreement", failure.Attribute("type")!.Value);
        Assert.StartsWith("Date of the trilateral ceasefire statement: نمونه الف (2021-11-10) says 12 November 2020", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("\n  fixtures/crafted/ceasefire-wrong-date.txt:7:72 نمونه الف «به گزارش خبرگزاری نمونه الف، یک سال پیش بیانیه سه جانبه آتش بس قره باغ روز ۲۲ آبان ۱۳۹۹ امضا شد.»", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_finding_passes_with_its_justification_and_the_failing_level_is_the_gates()
    {
        var all = FixtureGate.Result();
        var checkpoints = all.New.Single(f => f.Rule == "checkpoints");
        var baseline = new Baseline([new BaselineEntry(checkpoints.Fingerprint, "checkpoints", checkpoints.Message, "the outlet was told", "desk", new DateOnly(2026, 1, 1))]);
        var xml = XDocument.Parse(Junit(FixtureGate.Result(baseline)));
        var testCase = xml.Descendants("testcase").Single(c => c.Attribute("classname")!.Value == "factcheck.checkpoints");

        Assert.Null(testCase.Element("failure"));
        Assert.StartsWith("accepted in the baseline: the outlet was told (desk)\nerror state-mismatch", testCase.Element("system-out")!.Value, StringComparison.Ordinal);

        // A warning passes at the default level and fails with --fail-on warning.
        static XElement Weekday(GateResult r) => XDocument.Parse(Junit(r)).Descendants("testcase").Single(c => c.Attribute("classname")!.Value == "factcheck.weekday-mismatch");
        Assert.Null(Weekday(all).Element("failure"));
        Assert.Contains("fixtures/crafted/weekday-mismatch.txt:7:18", Weekday(FixtureGate.Result(failOn: Severity.Warning)).Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_that_could_not_be_read_are_an_error_case_not_a_pass()
    {
        var result = FixtureGate.Result() with { Errors = [new Diagnostic("FC002", new SourceLocation("fixtures/broken.txt", 3, 4), "cannot read the article")] };
        var xml = XDocument.Parse(Junit(result));
        var error = xml.Descendants("error").Single();

        Assert.Equal("1", xml.Root!.Attribute("errors")!.Value);
        Assert.Equal(JunitGateFormatter.CouldNotJudge, error.Parent!.Attribute("name")!.Value);
        Assert.Equal("FC002", error.Attribute("type")!.Value);
        Assert.Equal("fixtures/broken.txt:3:4: FC002: cannot read the article", error.Value);
    }

    [Theory]
    [InlineData("a\u0001b", "a\\u0001b")] // not allowed in XML 1.0 at all
    [InlineData("\u202Eabc", "\\u202Eabc")] // would reverse the page
    [InlineData("\uFFFE", "\\uFFFE")]
    [InlineData("<b>&\"x\"</b> \t", "<b>&\"x\"</b> \\u0009")] // markup is the writer's to escape; a tab breaks a name's line
    [InlineData("نمونه\u200Cها 😀", "نمونه\u200Cها 😀")] // Persian, its joiner and a surrogate pair pass untouched
    public void Text_from_input_cannot_break_the_xml_or_the_page(string payload, string shown) => AssertShown(payload, shown);

    [Fact]
    public void A_lone_surrogate_cannot_break_the_xml() => AssertShown("x" + (char)0xD800 + "y", "x\\uD800y"); // built here: theory data would not carry it

    private static void AssertShown(string payload, string shown)
    {
        var result = FixtureGate.Result();
        var finding = result.New.First(f => f.Rule == "checkpoints");
        var evil = finding with { Key = payload, Message = payload + "\n" + payload, Claims = [finding.Claims[0] with { Source = payload, Sentence = payload }] };
        var xml = Junit(result with { New = [evil] });

        Assert.Empty(Validate(xml));
        var document = XDocument.Parse(xml);
        var testCase = document.Descendants("testcase").Single(c => c.Element("failure") is not null);
        Assert.Equal($"checkpoints [{shown}]: checkpoints", testCase.Attribute("name")!.Value);
        Assert.Equal($"{shown}\\u000A{shown}", testCase.Element("failure")!.Attribute("message")!.Value);
        Assert.Contains($" {shown} «{shown}»", testCase.Element("failure")!.Value.Replace("\t", "\\u0009", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(Junit(FixtureGate.Result()), Junit(FixtureGate.Result()));
        Assert.DoesNotContain("timestamp", Junit(FixtureGate.Result()), StringComparison.Ordinal);
        Assert.False(Encoding.UTF8.GetBytes(Junit(FixtureGate.Result())).AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }
}

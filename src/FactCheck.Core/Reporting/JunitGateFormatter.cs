using System.Globalization;
using System.Text;
using System.Xml;
using FactCheck.Cases;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format junit</c>: JUnit XML as GitLab, Jenkins, Azure DevOps and GitHub's test-report
/// actions read it (the Jenkins/Ant schema). One <c>testsuite</c> per rule, one <c>testcase</c> per
/// fact (<see cref="FactCases"/>, the cases of the xunit package): a case fails with its findings at
/// or above the failing level, each with the disputed claims' <c>path:line:col</c>, source and
/// sentence; findings below that level and accepted ones (with their justification) are in the
/// passing case's <c>system-out</c>. Articles or rules that could not be read are one case with an
/// <c>error</c>. No times or host names: the same input gives the same bytes.
/// </summary>
public sealed class JunitGateFormatter : IGateFormatter
{
    /// <summary>The suite and case of a run FactCheck could not judge (an unreadable article, a bad rule).</summary>
    public const string CouldNotJudge = "FactCheck could not judge";

    private const string Suite = "factcheck";

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var cases = FactCases.Of(result);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(output, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", Suite);
            Counts(w, cases.Count + (result.Errors.Count > 0 ? 1 : 0), cases.Count(c => c.Fails), result.Errors.Count > 0 ? 1 : 0);
            if (result.Errors.Count > 0)
            {
                Errors(w, result.Errors);
            }

            foreach (var rule in cases.GroupBy(c => c.Rule, StringComparer.Ordinal))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", ReportXmlText.Line(rule.Key));
                Counts(w, rule.Count(), rule.Count(c => c.Fails), 0);
                foreach (var testCase in rule)
                {
                    Case(w, testCase);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    private static void Case(XmlWriter w, FactCase testCase)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("name", ReportXmlText.Line(testCase.Name));
        w.WriteAttributeString("classname", ReportXmlText.Line($"{Suite}.{testCase.Rule}"));
        w.WriteAttributeString("time", "0");
        if (testCase.Fails)
        {
            var first = testCase.Failures[0];
            w.WriteStartElement("failure");
            w.WriteAttributeString("message", ReportXmlText.Line(testCase.Failures.Count == 1 ? first.Message : $"{first.Message} (and {testCase.Failures.Count - 1} more finding(s))"));
            w.WriteAttributeString("type", FindingNames.Of(first.Kind));
            w.WriteString(ReportXmlText.Body(CaseText.Failure(testCase)));
            w.WriteEndElement();
        }

        var output = CaseText.Output(testCase);
        if (output.Length > 0)
        {
            w.WriteElementString("system-out", ReportXmlText.Body(output));
        }

        w.WriteEndElement();
    }

    private static void Errors(XmlWriter w, IReadOnlyList<Diagnostic> errors)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", Suite);
        Counts(w, 1, 0, 1);
        w.WriteStartElement("testcase");
        w.WriteAttributeString("name", CouldNotJudge);
        w.WriteAttributeString("classname", Suite);
        w.WriteAttributeString("time", "0");
        w.WriteStartElement("error");
        w.WriteAttributeString("message", ReportXmlText.Line($"{errors.Count} input(s) could not be read; the first: {errors[0].Location}: {errors[0].Code}: {errors[0].Message}"));
        w.WriteAttributeString("type", errors[0].Code);
        w.WriteString(ReportXmlText.Body(string.Join('\n', errors.Select(e => $"{e.Location}: {e.Code}: {e.Message}"))));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Counts(XmlWriter w, int tests, int failures, int errors)
    {
        w.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", "0");
        w.WriteAttributeString("time", "0");
    }
}

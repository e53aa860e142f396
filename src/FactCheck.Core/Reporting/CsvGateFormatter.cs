using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format csv</c>: one row per claim, for a spreadsheet: its fact, status, the findings
/// that list it, its value, as-of day, outlet, speaker and place, then its article's address and
/// sentence. Facts come as in <see cref="ReportedRun"/>, then the values checked on their own.
/// RFC 4180 (CRLF between rows, quotes only where needed), UTF-8 with a byte order mark: without
/// it Excel reads the file in the machine's ANSI code page and shows Persian as mojibake. Column
/// names are a public contract (see README).
/// </summary>
public sealed class CsvGateFormatter : IGateFormatter
{
    /// <summary>The header row, in order.</summary>
    public static readonly string[] Columns =
        ["rule", "key", "fact", "status", "severity", "findings", "value", "text", "asOf", "source", "origin", "copies", "speaker", "path", "line", "column", "url", "sentence"];

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(string.Join(',', Columns));
        var run = ReportedRun.Of(result);
        foreach (var fact in run.Facts)
        {
            foreach (var claim in fact.Claims)
            {
                WriteRow(w, claim, fact.Fact.Rule.Title.En);
            }
        }

        foreach (var claim in run.SingleValues)
        {
            WriteRow(w, claim, claim.Findings[0].Message);
        }
    }

    private static void WriteRow(StreamWriter w, ReportedClaim reported, string fact)
    {
        var c = reported.Claim;
        var severity = reported.Findings.Count == 0 ? null : FindingNames.Of(reported.Findings.Min(f => f.Severity));
        string[] fields =
        [
            CsvText.Text(c.Rule),
            CsvText.Text(c.Key),
            CsvText.Text(fact),
            ClaimStatusNames.Of(reported.Status),
            CsvText.Field(severity),
            CsvText.Field(string.Join(' ', reported.Findings.Select(f => f.Fingerprint))),
            CsvText.Text(FindingText.Value(c)),
            CsvText.Text(c.Text),
            CsvText.Field(c.AsOf is { } d ? ValueNames.Iso(d) : null),
            CsvText.Text(c.Source),
            CsvText.Text(OriginText.OriginName(c)),
            c.Copies.ToString(CultureInfo.InvariantCulture),
            CsvText.Text(c.Speaker),
            CsvText.Text(c.Path),
            c.Line.ToString(CultureInfo.InvariantCulture),
            c.Column.ToString(CultureInfo.InvariantCulture),
            CsvText.Text(c.Url),
            CsvText.Text(c.Sentence),
        ];
        w.WriteLine(string.Join(',', fields));
    }
}

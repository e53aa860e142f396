using System.Globalization;
using FactCheck.Consistency;
using FactCheck.Values;
using Humanizer;

namespace FactCheck.Reporting;

/// <summary><c>check --format text</c>: each finding with every claim involved, then a summary line.</summary>
public static class CheckTextFormatter
{
    public static void Write(TextWriter output, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"{FindingNames.Of(finding.Severity)}: {finding.Message}");
            output.WriteLine($"  [{finding.Rule}{(finding.Key.Length == 0 ? string.Empty : " " + finding.Key)}] {FindingNames.Of(finding.Kind)} {finding.Fingerprint}");
            foreach (var claim in finding.Claims)
            {
                var asOf = claim.AsOf is { } d ? ValueNames.Iso(d) : "?";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {claim.Path}:{claim.Line}:{claim.Column}  «{claim.Text}»  {FindingText.Value(claim)}  as of {asOf}"));
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(report));
    }

    public static string Summary(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var english = CultureInfo.GetCultureInfo("en");
        var s = report.Summary;
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        return $"{"disagreement".ToQuantity(errors, "N0", english)} across {"article".ToQuantity(s.Articles, "N0", english)}, {"claim".ToQuantity(s.Claims, "N0", english)} about {"fact".ToQuantity(s.Facts, "N0", english)} ({"finding".ToQuantity(s.Findings, "N0", english)} in all)";
    }
}

using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format github</c>: workflow-command annotations. GitHub shows at most 10 errors and 10
/// warnings (and 10 notices) per step, so the most severe come first, the rest are counted in a
/// closing notice. Every field from input is made terminal-safe and escaped for its place
/// (<see cref="WorkflowCommandText"/>), so no article, file name or baseline can end a command or start
/// another. A claim that spans lines gets no column (as Ruff does), since GitHub cannot mark a
/// multi-line column range.
/// </summary>
public sealed class GithubGateFormatter : IGateFormatter
{
    public const int PerLevelLimit = 10;

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var shown = 0;
        foreach (var group in result.New.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            foreach (var finding in group.Take(PerLevelLimit))
            {
                var claim = finding.Disputed.First();
                var command = finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                var column = claim.Text.Contains('\n', StringComparison.Ordinal)
                    ? string.Empty
                    : string.Create(CultureInfo.InvariantCulture, $",col={claim.Column},endColumn={claim.Column + claim.Text.Length}");
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"::{command} file={WorkflowCommandText.InputProperty(claim.Path)},line={claim.Line}{column},title={WorkflowCommandText.InputProperty($"FactCheck {finding.Rule}")}::{Describe(finding)}"));
                shown++;
            }
        }

        foreach (var error in result.Errors)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::error file={WorkflowCommandText.InputProperty(error.Location.Path)},line={error.Location.Line},col={error.Location.Column},title={WorkflowCommandText.InputProperty($"FactCheck {error.Code}")}::{WorkflowCommandText.InputData(error.Message)}"));
        }

        w.WriteLine($"::notice title=FactCheck::{WorkflowCommandText.Data($"{TextGateFormatter.Summary(result)}; {shown} of {result.New.Count} findings annotated")}");
    }

    // Each part from input is escaped on its own; the line breaks between parts are FactCheck's (%0A).
    private static string Describe(Finding finding)
    {
        var others = finding.Claims.Skip(1).Select(c => WorkflowCommandText.InputData($"{c.Path}:{c.Line}:{c.Column}")).ToList();
        var omitted = finding.AgreeingOmitted + finding.DisputedOmitted;
        var more = omitted == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" and {omitted:N0} more");
        var seeAlso = others.Count == 0 ? string.Empty : $"%0ASee also: {string.Join(", ", others)}{more}";
        return $"{WorkflowCommandText.InputData(finding.Message)}{seeAlso}%0AFingerprint: {WorkflowCommandText.InputData(finding.Fingerprint)}";
    }
}

using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format github</c>: workflow-command annotations. GitHub shows at most 10 errors and 10
/// warnings (and 10 notices) per step, so the most severe come first, the rest are counted in a
/// closing notice. Messages escape %, CR and LF; properties also escape : and ,. A claim that spans
/// lines gets no column (as Ruff does), since GitHub cannot mark a multi-line column range.
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
                    $"::{command} file={Property(claim.Path)},line={claim.Line}{column},title={Property($"FactCheck {finding.Rule}")}::{Data(Describe(finding))}"));
                shown++;
            }
        }

        foreach (var error in result.Errors)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::error file={Property(error.Location.Path)},line={error.Location.Line},col={error.Location.Column},title={Property($"FactCheck {error.Code}")}::{Data(error.Message)}"));
        }

        w.WriteLine($"::notice title=FactCheck::{Data($"{TextGateFormatter.Summary(result)}; {shown} of {result.New.Count} findings annotated")}");
    }

    private static string Describe(Finding finding)
    {
        var others = finding.Claims.Skip(1).Select(c => $"{c.Path}:{c.Line}:{c.Column}").ToList();
        var seeAlso = others.Count == 0 ? string.Empty : $"\nSee also: {string.Join(", ", others)}";
        return $"{finding.Message}{seeAlso}\nFingerprint: {finding.Fingerprint}";
    }

    /// <summary>Escapes the message part of a workflow command.</summary>
    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value of a workflow command.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

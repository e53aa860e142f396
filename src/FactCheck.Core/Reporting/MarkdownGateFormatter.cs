using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format markdown</c>: a table for a pull-request comment. Every field from input goes
/// through <see cref="MarkdownText"/>: it cannot add a row or a cell, HTML, a link, an image or a mention.
/// </summary>
public sealed class MarkdownGateFormatter : IGateFormatter
{
    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("### FactCheck");
        w.WriteLine();
        w.WriteLine(TextGateFormatter.Summary(result));
        w.WriteLine();
        if (result.New.Count > 0)
        {
            w.WriteLine("| | Severity | Fact | Finding | Where |");
            w.WriteLine("|---|---|---|---|---|");
            foreach (var f in result.New)
            {
                var icon = f.Severity switch { Severity.Error => "❌", Severity.Warning => "⚠️", _ => "ℹ️" };
                var where = string.Join("<br>", f.Claims.Select(c => $"{MarkdownText.Code($"{c.Path}:{c.Line}:{c.Column}")} «{MarkdownText.Inline(OneLine(c.Text))}»{(f.Disputed.Contains(c) ? " (disputed)" : string.Empty)}"));
                if (f.AgreeingOmitted + f.DisputedOmitted > 0)
                {
                    where += string.Create(CultureInfo.InvariantCulture, $"<br>… and {f.DisputedOmitted:N0} more disputed, {f.AgreeingOmitted:N0} more agreeing");
                }

                w.WriteLine($"| {icon} | {FindingNames.Of(f.Severity)} | {MarkdownText.Code(f.Rule)} | {MarkdownText.Inline(f.Message)} | {where} |");
            }

            w.WriteLine();
        }

        if (result.Accepted.Count > 0)
        {
            w.WriteLine($"<details><summary>{result.Accepted.Count} accepted in the baseline</summary>");
            w.WriteLine();
            foreach (var (finding, entry) in result.Accepted)
            {
                w.WriteLine($"- {MarkdownText.Code(finding.Rule)} {MarkdownText.Inline(finding.Message)}: _{MarkdownText.Inline(entry.Justification)}_ ({MarkdownText.Inline(entry.AcceptedBy)})");
            }

            w.WriteLine();
            w.WriteLine("</details>");
        }

        foreach (var entry in result.Stale)
        {
            w.WriteLine($"- Stale baseline entry {MarkdownText.Code(entry.Fingerprint)} ({MarkdownText.Code(entry.Rule)}): matches no finding any more.");
        }
    }

    // A claim broken over two lines of its article reads as one phrase.
    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
}

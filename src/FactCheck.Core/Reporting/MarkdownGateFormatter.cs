using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Reporting;

/// <summary><c>check --format markdown</c>: a table for a pull-request comment.</summary>
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
                var where = string.Join("<br>", f.Claims.Select(c => $"`{c.Path}:{c.Line}:{c.Column}` «{Escape(c.Text)}»{(f.Disputed.Contains(c) ? " (disputed)" : string.Empty)}"));
                w.WriteLine($"| {icon} | {FindingNames.Of(f.Severity)} | `{f.Rule}` | {Escape(f.Message)} | {where} |");
            }

            w.WriteLine();
        }

        if (result.Accepted.Count > 0)
        {
            w.WriteLine($"<details><summary>{result.Accepted.Count} accepted in the baseline</summary>");
            w.WriteLine();
            foreach (var (finding, entry) in result.Accepted)
            {
                w.WriteLine($"- `{finding.Rule}` {Escape(finding.Message)}: _{Escape(entry.Justification)}_ ({Escape(entry.AcceptedBy)})");
            }

            w.WriteLine();
            w.WriteLine("</details>");
        }

        foreach (var entry in result.Stale)
        {
            w.WriteLine($"- Stale baseline entry `{entry.Fingerprint}` (`{entry.Rule}`): matches no finding any more.");
        }
    }

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
}

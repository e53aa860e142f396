using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --statistics</c>: how many new findings each rule raised, by kind and severity, most first
/// (as <c>ruff check --statistics</c> counts per rule), then the report's summary line.
/// </summary>
public sealed class StatisticsGateFormatter : IGateFormatter
{
    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var rows = result.New
            .GroupBy(f => (f.Rule, f.Kind, f.Severity))
            .Select(g => (g.Key.Rule, Kind: FindingNames.Of(g.Key.Kind), Severity: FindingNames.Of(g.Key.Severity), Count: g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ToList();
        var ruleWidth = rows.Select(r => TerminalText.Field(r.Rule).Length).Append("rule".Length).Max();
        w.WriteLine($"{"count",5}  {"severity",-8}  {"rule".PadRight(ruleWidth)}  kind");
        foreach (var row in rows)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Count,5}  {row.Severity,-8}  {TerminalText.Field(row.Rule).PadRight(ruleWidth)}  {row.Kind}"));
        }

        w.WriteLine(TextGateFormatter.Summary(result));
    }
}

using System.Text.Json;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format json</c>: <c>{"findings": [...], "summary": {...}, "errors": [...]}</c>, the schema
/// documented in the README. Field names are a public contract.
/// </summary>
public static class CheckJsonFormatter
{
    public static void Write(Stream output, CheckReport report, IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", finding.Fingerprint);
            writer.WriteString("rule", finding.Rule);
            writer.WriteString("key", finding.Key);
            writer.WriteString("kind", FindingNames.Of(finding.Kind));
            writer.WriteString("severity", FindingNames.Of(finding.Severity));
            writer.WriteString("message", finding.Message);
            writer.WriteStartArray("claims");
            foreach (var claim in finding.Claims)
            {
                writer.WriteStartObject();
                writer.WriteString("path", claim.Path);
                writer.WriteNumber("line", claim.Line);
                writer.WriteNumber("column", claim.Column);
                writer.WriteString("text", claim.Text);
                writer.WritePropertyName("value");
                ValueJson.Write(writer, claim.Value, claim.Text, claim.Span);
                writer.WriteString("asOf", claim.AsOf is { } asOf ? ValueNames.Iso(asOf) : null);
                writer.WriteString("source", claim.Source);
                if (claim.Derivation is not null)
                {
                    writer.WriteString("derivation", claim.Derivation);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("articles", report.Summary.Articles);
        writer.WriteNumber("claims", report.Summary.Claims);
        writer.WriteNumber("facts", report.Summary.Facts);
        writer.WriteNumber("findings", report.Summary.Findings);
        writer.WriteEndObject();
        ExtractJsonFormatter.WriteErrors(writer, errors);
        writer.WriteEndObject();
    }
}

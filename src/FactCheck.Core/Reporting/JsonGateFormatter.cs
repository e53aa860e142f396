using System.Text.Json;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format json</c>: <c>{"findings": [...], "summary": {...}, "accepted": [...], "stale": [...], "errors": [...]}</c>.
/// <c>findings</c> holds the new findings only; field names are a public contract (see README).
/// </summary>
public sealed class JsonGateFormatter : IGateFormatter
{
    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteStartArray("findings");
        foreach (var finding in result.New)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("articles", result.Report.Summary.Articles);
        writer.WriteNumber("claims", result.Report.Summary.Claims);
        writer.WriteNumber("facts", result.Report.Summary.Facts);
        writer.WriteNumber("findings", result.New.Count);
        writer.WriteNumber("accepted", result.Accepted.Count);
        writer.WriteNumber("stale", result.Stale.Count);
        writer.WriteStartArray("articlesWithoutClaims");
        foreach (var path in result.Report.Summary.WithoutClaims)
        {
            writer.WriteStringValue(path);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("accepted");
        foreach (var (finding, entry) in result.Accepted)
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", finding.Fingerprint);
            writer.WriteString("rule", finding.Rule);
            writer.WriteString("justification", entry.Justification);
            writer.WriteString("acceptedBy", entry.AcceptedBy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("stale");
        foreach (var entry in result.Stale)
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteString("rule", entry.Rule);
            writer.WriteString("message", entry.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        ExtractJsonFormatter.WriteErrors(writer, result.Errors);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
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
            writer.WriteString("asOfTime", claim.AsOfTime?.ToString());
            writer.WriteString("speaker", claim.Speaker);
            writer.WriteString("source", claim.Source);
            writer.WriteString("origin", claim.Origin?.Name ?? claim.Source);
            writer.WriteNumber("copies", claim.Copies);
            writer.WriteBoolean("disputed", finding.Disputed.Contains(claim));
            if (claim.Derivation is not null)
            {
                writer.WriteString("derivation", claim.Derivation);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("agreeingOmitted", finding.AgreeingOmitted);
        writer.WriteNumber("disputedOmitted", finding.DisputedOmitted);
        writer.WriteEndObject();
    }
}

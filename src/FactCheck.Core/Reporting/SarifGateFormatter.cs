using System.Text.Json;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>
/// <c>check --format sarif</c>: SARIF 2.1.0 as code-scanning platforms read it. Stable rule ids with
/// metadata; URIs relative to SRCROOT; columns in UTF-16 code units (declared); partial fingerprints
/// from the finding's fingerprint (never line numbers); the other sources as related locations;
/// accepted findings as suppressions with their justification; unreadable articles as notifications.
/// </summary>
public sealed class SarifGateFormatter(RuleSet rules, string version, string? rootUri) : IGateFormatter
{
    /// <summary>GitHub code scanning reads at most this many results per run.</summary>
    public const int MaxResults = 25_000;

    public const string FingerprintName = "factcheck/v1";

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ruleIds = rules.Rules.Select(r => r.Id).Concat(ValueChecks.All.Select(v => v.Id)).ToList();
        using var w = new Utf8JsonWriter(output, JsonDefaults.Indented);
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        if (rootUri is not null)
        {
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject("SRCROOT");
            w.WriteString("uri", rootUri);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteString("columnKind", "utf16CodeUnits");
        var all = result.New.Select(f => (Finding: f, Entry: (BaselineEntry?)null))
            .Concat(result.Accepted.Select(a => (a.Finding, Entry: (BaselineEntry?)a.Entry)))
            .ToList();
        WriteInvocation(w, result, all.Count > MaxResults);
        w.WriteStartArray("results");
        foreach (var (finding, entry) in all.Take(MaxResults))
        {
            WriteResult(w, finding, entry, ruleIds);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "FactCheck");
        w.WriteString("version", version);
        w.WriteString("semanticVersion", version);
        w.WriteStartArray("rules");
        foreach (var rule in rules.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", string.Concat(rule.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", SarifText.Message(rule.Title.En)); // rule files may come with a pull request too
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            var nature = rule.Nature.ToString().ToLowerInvariant();
            w.WriteString("text", SarifText.Message($"{rule.Title.En} ({rule.Title.Fa}); {(nature.StartsWith('e') ? "an" : "a")} {nature} fact. Defined in {rule.Location.Path}."));
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", "error");
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("nature", rule.Nature.ToString().ToLowerInvariant());
            w.WriteString("titleFa", rule.Title.Fa);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        foreach (var (id, title, severity) in ValueChecks.All)
        {
            var level = Level(severity);
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", title);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", level);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter w, GateResult result, bool truncated)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", result.Errors.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var error in result.Errors)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", SarifText.Message(error.Message));
            w.WriteEndObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", error.Code);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            WriteArtifact(w, error.Location.Path);
            w.WriteStartObject("region");
            w.WriteNumber("startLine", error.Location.Line);
            w.WriteNumber("startColumn", error.Location.Column);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (truncated)
        {
            w.WriteStartObject();
            w.WriteString("level", "warning");
            w.WriteStartObject("message");
            w.WriteString("text", $"More than {MaxResults} results: the rest are left out of this file; use --format json for all of them.");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding finding, BaselineEntry? accepted, List<string> ruleIds)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", finding.Rule);
        var index = ruleIds.IndexOf(finding.Rule);
        if (index >= 0)
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(finding.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", SarifText.Message(finding.Message));
        w.WriteEndObject();
        var disputed = finding.Disputed.First();
        w.WriteStartArray("locations");
        WriteLocation(w, disputed, null, null);
        w.WriteEndArray();
        var others = finding.Claims.Where(c => !ReferenceEquals(c, disputed)).ToList();
        if (others.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (var i = 0; i < others.Count; i++)
            {
                var c = others[i];
                WriteLocation(w, c, i + 1, SarifText.Message($"{c.Source ?? c.Path}: {FindingText.Value(c)}"));
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintName, finding.Fingerprint);
        w.WriteEndObject();
        if (accepted is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "external");
            w.WriteString("status", "accepted");
            w.WriteString("justification", $"{accepted.Justification} ({accepted.AcceptedBy})");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteString("findingKind", FindingNames.Of(finding.Kind));
        w.WriteString("factKey", finding.Key);
        if (finding.AgreeingOmitted + finding.DisputedOmitted > 0)
        {
            // Related locations are a sample: how many claims each side has beyond it.
            w.WriteNumber("agreeingOmitted", finding.AgreeingOmitted);
            w.WriteNumber("disputedOmitted", finding.DisputedOmitted);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, Claim claim, int? id, string? message)
    {
        w.WriteStartObject();
        if (id is { } n)
        {
            w.WriteNumber("id", n);
        }

        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, claim.Path);
        var lines = claim.Text.Split('\n');
        w.WriteStartObject("region");
        w.WriteNumber("startLine", claim.Line);
        w.WriteNumber("startColumn", claim.Column);
        w.WriteNumber("endLine", claim.Line + lines.Length - 1);
        w.WriteNumber("endColumn", lines.Length == 1 ? claim.Column + claim.Text.Length : lines[^1].Length + 1);
        w.WriteStartObject("snippet");
        w.WriteString("text", claim.Text);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        if (message is not null)
        {
            w.WriteStartObject("message");
            w.WriteString("text", message);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string path)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
        w.WriteString("uriBaseId", "SRCROOT");
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "a severity without a SARIF level"),
    };
}

using System.Text.Json;
using FactCheck.Diagnostics;
using FactCheck.Reporting;
using FactCheck.Values;

namespace FactCheck.Gate;

/// <summary>
/// The accepted findings, keyed by fingerprint (never by counts per file, which let a fix and a new
/// problem cancel out unseen). Stored as JSON:
/// <c>{"version": 1, "accepted": [{"fingerprint", "rule", "message", "justification", "acceptedBy", "acceptedOn"}]}</c>.
/// </summary>
public sealed class Baseline
{
    public const string BadBaselineCode = "FC301";

    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries.DistinctBy(e => e.Fingerprint).OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)];
    }

    public static Baseline Empty { get; } = new([]);

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public BaselineEntry? Find(string fingerprint) => Entries.FirstOrDefault(e => e.Fingerprint == fingerprint);

    public static Baseline Read(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes.ToArray());
            var entries = new List<BaselineEntry>();
            foreach (var e in json.RootElement.GetProperty("accepted").EnumerateArray())
            {
                entries.Add(new BaselineEntry(
                    Required(e, "fingerprint"),
                    e.TryGetProperty("rule", out var r) ? r.GetString() ?? string.Empty : string.Empty,
                    e.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty,
                    Required(e, "justification"),
                    e.TryGetProperty("acceptedBy", out var by) ? by.GetString() ?? string.Empty : string.Empty,
                    e.TryGetProperty("acceptedOn", out var on) && DateOnly.TryParse(on.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : default));
            }

            return new Baseline(entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FactCheckException(BadBaselineCode, new SourceLocation(path, 1, 1),
                $"not a FactCheck baseline ({e.Message}); expected {{\"version\": 1, \"accepted\": [{{\"fingerprint\": ..., \"justification\": ...}}]}}");
        }
    }

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("accepted");
        foreach (var e in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", e.Fingerprint);
            writer.WriteString("rule", e.Rule);
            writer.WriteString("message", e.Message);
            writer.WriteString("justification", e.Justification);
            writer.WriteString("acceptedBy", e.AcceptedBy);
            writer.WriteString("acceptedOn", ValueNames.Iso(e.AcceptedOn));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Required(JsonElement element, string name) =>
        element.GetProperty(name).GetString() is { Length: > 0 } value ? value : throw new InvalidOperationException($"'{name}' is empty");
}

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

    /// <summary>Reads a baseline file; a problem is a <see cref="FactCheckException"/> at its line and column.</summary>
    public static Baseline Read(string path, ReadOnlySpan<byte> bytes) => BaselineReader.Read(path, bytes);

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteNumber("version", BaselineReader.Version);
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
}

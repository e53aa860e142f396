using System.Text.Json;
using FactCheck.Discovery;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>discover --format json</c>, a public contract (documented in the README):
/// <c>{"version": 1, "articles": N, "facts": [{"rank", "id", "kind", "words", "sources", "nature",
/// "disagree", "values", "firstReported", "lastReported", "sightings": [{"path", "line", "column",
/// "source", "published", "word", "side", "text", "sentence", "value"}]}], "drafts": [...] | null}</c>.
/// </summary>
internal static class DiscoverJsonFormatter
{
    public const int Version = 1;

    public static void Write(Stream output, IReadOnlyList<CandidateFact> facts, int articles, IReadOnlyList<DraftRule>? drafts, string? draftFolder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteNumber("articles", articles);
        writer.WriteStartArray("facts");
        foreach (var fact in facts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("rank", fact.Rank);
            writer.WriteString("id", DraftRules.Id(fact));
            writer.WriteString("kind", fact.Kind);
            writer.WriteStartArray("words");
            fact.Words.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteNumber("sources", fact.Sources);
            writer.WriteString("nature", fact.Nature.ToString().ToLowerInvariant());
            writer.WriteBoolean("disagree", fact.Disagree);
            writer.WriteStartArray("values");
            fact.Values.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteString("firstReported", fact.FirstReported is { } f ? ValueNames.Iso(f) : null);
            writer.WriteString("lastReported", fact.LastReported is { } l ? ValueNames.Iso(l) : null);
            writer.WriteStartArray("sightings");
            foreach (var s in fact.Sightings)
            {
                writer.WriteStartObject();
                writer.WriteString("path", s.Path);
                writer.WriteNumber("line", s.Line);
                writer.WriteNumber("column", s.Column);
                writer.WriteString("source", s.Source);
                writer.WriteString("published", s.Published is { } p ? ValueNames.Iso(p) : null);
                writer.WriteString("word", s.Word);
                writer.WriteString("side", s.Side == WordSide.After ? "after" : "before");
                writer.WriteString("text", s.Text);
                writer.WriteString("sentence", s.Sentence);
                writer.WritePropertyName("value");
                ValueJson.Write(writer, s.Value, s.Text, s.Value.Span);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (drafts is null)
        {
            writer.WriteNull("drafts");
        }
        else
        {
            writer.WriteStartArray("drafts");
            foreach (var draft in drafts)
            {
                writer.WriteStartObject();
                writer.WriteString("id", draft.Id);
                writer.WriteNumber("rank", draft.Fact.Rank);
                writer.WriteString("path", Path.Join(draftFolder, draft.FileName).Replace('\\', '/'));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}

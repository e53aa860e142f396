using System.Globalization;
using FactCheck.Values;
using FactCheck.Values.Dates;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCheck.Discovery;

/// <summary>
/// Writes a candidate fact as a rule file, through YamlDotNet's emitter so that every value is quoted
/// and escaped as YAML needs: cues are the variants seen, the dimension comes from the unit, the
/// nature is <see cref="NatureGuess"/>'s, and the examples are sentences of the user's own articles.
/// </summary>
internal static class DraftWriter
{
    /// <summary>Words allowed between a figure and its fact word: «۱۹۵ نفر از هموطنان در زلزله سرآبگل جان باختند».</summary>
    public const int QuantityWindow = 6;

    /// <summary>Words allowed between a date and its event noun: «زلزله بامداد جمعه ۱۸ مهر».</summary>
    public const int DateWindow = 4;

    /// <summary>The widest window a draft takes: «آتشی که عصر یکشنبه ۱۸ مرداد از دامنه‌های پرشیب بالای روستا شعله کشید».</summary>
    public const int WideWindow = 10;

    public static string Write(CandidateFact fact, string id, IReadOnlyList<Sighting> examples, IReadOnlyList<string> veto, int window)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(veto);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var e = new Emitter(text);
        e.Emit(new StreamStart());
        e.Emit(new DocumentStart(null, null, isImplicit: true));
        e.Emit(new Comment($"Drafted by 'factcheck discover': {fact.Sightings.Count} figure(s) from {fact.Sources} source(s), values seen: {string.Join(", ", fact.Values.Take(12))}{(fact.Values.Count > 12 ? ", …" : string.Empty)}.", isInline: false));
        e.Emit(new Comment("Read it before relying on it: check the cues, add a veto for what they must not take, and rename the id.", isInline: false));
        e.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Pair(e, "id", id);
        Key(e, "title");
        e.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Pair(e, "fa", fact.Words[0]);
        Pair(e, "en", $"Discovered fact {fact.Rank}: {(fact.IsDate ? "date of" : fact.Kind == FactDiscoverer.CountKind ? "count of" : "figure of")} «{fact.Words[0]}»");
        e.Emit(new MappingEnd());
        Key(e, "value");
        e.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Pair(e, "type", fact.IsDate ? "date" : "quantity");
        if (!fact.IsDate)
        {
            Key(e, "dimensions");
            Flow(e, Dimensions(fact));
        }

        e.Emit(new MappingEnd());
        Key(e, "cues");
        Flow(e, fact.Words);
        Pair(e, "cue-side", Side(fact));
        Pair(e, "cue-window", window.ToString(CultureInfo.InvariantCulture));
        if (veto.Count > 0)
        {
            Key(e, "veto");
            Flow(e, veto);
        }

        Pair(e, "nature", fact.Nature.ToString().ToLowerInvariant());
        Key(e, "examples");
        e.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var example in examples)
        {
            e.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
            Pair(e, "text", example.Sentence);
            if (example.Published is { } published)
            {
                Pair(e, "published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (example.Value is DateValue date)
            {
                Pair(e, "date", date.From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                Pair(e, "value", ((Quantity)example.Value).Nominal!.Value.ToString(CultureInfo.InvariantCulture));
            }

            e.Emit(new MappingEnd());
        }

        e.Emit(new SequenceEnd());
        e.Emit(new MappingEnd());
        e.Emit(new DocumentEnd(isImplicit: true));
        e.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>The rule dimensions of the units seen: نفر and تن count people, a bare figure is a count, a unit its own dimension.</summary>
    public static IReadOnlyList<string> Dimensions(CandidateFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return [.. fact.Sightings
            .Select(s => s.Value is Quantity { Unit: { } unit } ? unit.Dimension : Dimension.Count)
            .Distinct()
            .Order()
            .Select(d => d.ToString().ToLowerInvariant())];
    }

    private static string Side(CandidateFact fact) =>
        fact.Sightings.All(s => s.Side == WordSide.After) ? "after"
        : fact.Sightings.All(s => s.Side == WordSide.Before) ? "before" : "either";

    private static void Key(Emitter e, string key) => e.Emit(new Scalar(key));

    private static void Pair(Emitter e, string key, string value)
    {
        e.Emit(new Scalar(key));
        e.Emit(new Scalar(value));
    }

    private static void Flow(Emitter e, IEnumerable<string> items)
    {
        e.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        foreach (var item in items)
        {
            e.Emit(new Scalar(item));
        }

        e.Emit(new SequenceEnd());
    }
}

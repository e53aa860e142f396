using System.Text;
using FactCheck.Rules;
using FactCheck.Rules.Loading;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Discovery;

/// <summary>
/// Drafts a rule for each candidate fact and keeps only drafts that load: each example sentence is
/// tried alone through the real rule loader (the same check as <c>rules validate</c>), those the
/// draft does not find are dropped, and a draft left with none is not written. The cue window is
/// the narrow default unless a wide one reads more of the sentences. A date draft vetoes
/// what the other date drafts' clauses say happened, so that «آتش‌بس که روز ۱۷ اردیبهشت … به امضا
/// رسید» is the signing's day, not the ceasefire's in general.
/// </summary>
internal static class DraftRules
{
    /// <summary>The most examples a draft carries: enough to pin it, few enough to read.</summary>
    public const int MaxExamples = 3;

    /// <summary>Sentences tried as examples, at most, before a draft gives up.</summary>
    private const int MaxTried = 8;

    public static IReadOnlyList<DraftRule> Draft(IReadOnlyList<CandidateFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var drafts = new List<DraftRule>();
        // What other dates' clauses say happened (امضا، آغاز): a date draft keyed by its event noun must not take those days.
        var happenings = facts.Where(f => f.IsDate && DiscoveryWords.EventVerbs.ContainsValue(f.FactKey)).ToList();
        foreach (var fact in facts)
        {
            var id = Id(fact);
            var veto = fact.IsDate ? happenings.Where(h => h != fact).SelectMany(h => h.Words).Distinct(StringComparer.Ordinal).ToList() : [];
            // The narrow window first; a wider one only when it reads more of the user's own sentences.
            var (window, examples) = Windows(fact)
                .Select(w => (Window: w, Examples: Tries(fact).Where(s => Loads(id, DraftWriter.Write(fact, id, [s], veto, w))).ToList()))
                .Aggregate((best, next) => next.Examples.Count > best.Examples.Count ? next : best);
            examples = [.. examples.Take(MaxExamples)];
            var yaml = DraftWriter.Write(fact, id, examples, veto, window);
            if (examples.Count > 0 && Loads(id, yaml))
            {
                drafts.Add(new DraftRule(id, id + ".yaml", yaml, fact));
            }
        }

        return drafts;
    }

    /// <summary>The drafts loaded as rules, for <c>check --discover</c> and for measuring them.</summary>
    public static RuleSet Load(IReadOnlyList<DraftRule> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return RuleSetLoader.Load(drafts.Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Yaml)))).Rules;
    }

    /// <summary>A kebab-case id from the rank and what the fact measures: <c>discovered-3-count</c>, <c>discovered-1-date</c>, <c>discovered-2-area</c>.</summary>
    public static string Id(CandidateFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var what = fact.IsDate || fact.Kind == FactDiscoverer.CountKind ? fact.Kind : DraftWriter.Dimensions(fact)[0];
        return $"discovered-{fact.Rank}-{what}";
    }

    private static int[] Windows(CandidateFact fact) => [fact.IsDate ? DraftWriter.DateWindow : DraftWriter.QuantityWindow, DraftWriter.WideWindow];

    // One sentence a source, shortest first, so the examples are short and from different outlets.
    private static IEnumerable<Sighting> Tries(CandidateFact fact) =>
        fact.Sightings
            .Where(s => s.Value is DateValue { From: not null } or Quantity { Nominal: not null })
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.Sentence.Length).First())
            .OrderBy(s => s.Sentence.Length)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .Take(MaxTried);

    private static bool Loads(string id, string yaml) => RuleSetLoader.Load([(id + ".yaml", Encoding.UTF8.GetBytes(yaml))]).IsValid;
}

using System.Globalization;
using FactCheck.Discovery;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary>
/// <c>discover</c>'s table: one line a candidate fact, tab-separated (rank, fact words, kind, sources,
/// nature, values, dates reported), the drafts written, and a summary line.
/// </summary>
internal static class DiscoverTextFormatter
{
    /// <summary>Values listed on a line, at most; the rest are counted.</summary>
    public const int MaxValuesListed = 8;

    public static void Write(TextWriter output, IReadOnlyList<CandidateFact> facts, int articles, IReadOnlyList<DraftRule>? drafts, string? draftFolder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(facts);
        output.WriteLine("rank\tfact words\tkind\tsources\tnature\tvalues\treported");
        foreach (var fact in facts)
        {
            var values = string.Join(", ", fact.Values.Take(MaxValuesListed)) + (fact.Values.Count > MaxValuesListed ? $" … ({fact.Values.Count})" : string.Empty);
            output.WriteLine(string.Join('\t',
                fact.Rank.ToString(CultureInfo.InvariantCulture),
                TerminalText.Field(string.Join("، ", fact.Words)),
                fact.Kind,
                fact.Sources.ToString(CultureInfo.InvariantCulture),
                fact.Nature.ToString().ToLowerInvariant() + (fact.Disagree ? ", disagree" : string.Empty),
                values,
                Dates(fact)));
        }

        if (drafts is not null)
        {
            foreach (var draft in drafts)
            {
                output.WriteLine($"wrote {TerminalText.Field(Path.Join(draftFolder, draft.FileName).Replace('\\', '/'))} ({draft.Fact.Words[0]})");
            }
        }

        output.WriteLine($"{facts.Count} candidate fact(s) reported by two or more sources, in {articles} article(s)"
            + (drafts is null ? string.Empty : $"; {drafts.Count} draft rule(s) written"));
    }

    private static string Dates(CandidateFact fact) => (fact.FirstReported, fact.LastReported) switch
    {
        ({ } first, { } last) when first == last => Iso(first),
        ({ } first, { } last) => $"{Iso(first)}..{Iso(last)}",
        _ => "-",
    };

    private static string Iso(DateOnly day) => Values.ValueNames.Iso(day);
}

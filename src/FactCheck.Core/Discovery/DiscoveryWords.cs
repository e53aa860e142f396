using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Discovery;

/// <summary>The lexicon of <see cref="PersianDiscoveryWords"/>, folded once as the text is (digits, yeh, kaf) and without joiners.</summary>
internal static class DiscoveryWords
{
    public static readonly HashSet<string> Classifiers = Set(PersianDiscoveryWords.Classifiers);
    public static readonly HashSet<string> Fillers = Set(PersianDiscoveryWords.Fillers);
    public static readonly HashSet<string> Prepositions = Set(PersianDiscoveryWords.Prepositions);
    public static readonly HashSet<string> LightVerbs = Set(PersianDiscoveryWords.LightVerbs);
    public static readonly HashSet<string> ClauseEnds = Set(PersianDiscoveryWords.ClauseEnds);
    public static readonly string CountLink = Key(PersianDiscoveryWords.CountLink);
    public static readonly HashSet<string> CountHeads = Set(PersianDiscoveryWords.CountHeads);
    /// <summary>Each event verb to the first word of its group: درگرفته → آغاز.</summary>
    public static readonly Dictionary<string, string> EventVerbs = PersianDiscoveryWords.EventVerbs
        .SelectMany(g => g.Select(w => (Word: Key(w), Group: Key(g[0]))))
        .ToDictionary(p => p.Word, p => p.Group, StringComparer.Ordinal);
    public static readonly HashSet<string> DateFillers = Set(PersianDiscoveryWords.DateFillers);
    public static readonly HashSet<string> NotFacts = Set(PersianDiscoveryWords.NotFacts);

    /// <summary>A word as discovery compares it: folded, with its joiners (and any space inside a phrase) removed.</summary>
    public static string Key(string word) =>
        TextNormalizer.Fold(word).Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static HashSet<string> Set(IEnumerable<string> words) => [.. words.Select(Key)];
}

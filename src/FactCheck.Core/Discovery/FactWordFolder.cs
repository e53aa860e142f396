using FactCheck.Lexicon;

namespace FactCheck.Discovery;

/// <summary>
/// Folds the variants of one noun to one key: endings after a joiner or space dropped (کشته‌شدگان،
/// کشته شدگان → کشته; زمین‌لرزه‌ای → زمین‌لرزه), the joiners and spaces themselves dropped, then the
/// same endings written glued (کشتهشدگان → کشته، مجروحان → مجروح، جانباختگان → جان), as
/// <see cref="PersianDiscoveryWords"/> lists them. An event verb folds to its group (درگرفته → آغاز).
/// </summary>
internal static class FactWordFolder
{
    private static readonly HashSet<string> Joined = [.. PersianDiscoveryWords.JoinedEndings.Select(DiscoveryWords.Key)];
    private static readonly string[] Glued = [.. PersianDiscoveryWords.GluedEndings.Select(DiscoveryWords.Key)];

    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (DiscoveryWords.EventVerbs.TryGetValue(DiscoveryWords.Key(word), out var happening))
        {
            return happening; // درگرفته and آغاز say the same of a date
        }

        var parts = Text.TextNormalizer.Fold(word).Split(['\u200C', ' '], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 1 && Joined.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var folded = string.Concat(parts);
        foreach (var ending in Glued)
        {
            if (folded.Length - ending.Length >= PersianDiscoveryWords.MinimumStem && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length] + PersianDiscoveryWords.EndingReplacement(ending);
            }
        }

        return folded;
    }
}

using System.Buffers;

namespace FactCheck.Text;

/// <summary>
/// Folds Persian news text into one canonical form in a single pass: Arabic yeh and kaf to
/// Persian, all digits to ASCII, marks and tatweel dropped, odd spaces folded, every joiner
/// written as U+200C. Line breaks are kept: the tokenizer decides which ones end a sentence.
/// </summary>
public static class TextNormalizer
{
    /// <param name="start">Where to begin in <paramref name="original"/> (an article's body): offsets stay those of the whole text.</param>
    public static NormalizedText Normalize(string original, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var source = original.AsSpan(start);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(source.Length, 1));
        var folds = PersianChars.Folds;
        var target = chars.AsSpan(0, source.Length);

        // Most articles drop nothing (no marks, no tatweel): fold straight through, with no offset map.
        var i = 0;
        for (; i < source.Length; i++)
        {
            var folded = folds[source[i]];
            if (folded == '\0')
            {
                break;
            }

            target[i] = folded;
        }

        if (i == source.Length)
        {
            return new NormalizedText(original, chars, i, null, start);
        }

        // From the first dropped character on, every kept one records where it came from.
        var map = IdentityMap(source.Length + 1, start, i);
        var n = i;
        for (; i < source.Length; i++)
        {
            var folded = folds[source[i]];
            if (folded != '\0')
            {
                map[n] = start + i;
                target[n++] = folded;
            }
        }

        map[n] = original.Length;
        return new NormalizedText(original, chars, n, map, 0);
    }

    /// <summary>Folds a phrase the same way, for lexicons and rule cues.</summary>
    public static string Fold(string phrase)
    {
        var normalized = Normalize(phrase);
        var value = normalized.Value;
        normalized.Release();
        return value;
    }

    // The offsets before the first dropped character are where folding began, plus their index.
    private static int[] IdentityMap(int length, int start, int count)
    {
        var map = ArrayPool<int>.Shared.Rent(length);
        for (var j = 0; j < count; j++)
        {
            map[j] = start + j;
        }

        return map;
    }
}

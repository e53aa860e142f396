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
        var dropped = 0;
        foreach (var c in source)
        {
            dropped += PersianChars.Fold(c) == '\0' ? 1 : 0;
        }

        // Most articles drop nothing (no marks or tatweel): then offsets are the identity and need no map.
        if (dropped == 0)
        {
            var same = string.Create(source.Length, (original, start), static (span, state) =>
            {
                var from = state.original.AsSpan(state.start);
                for (var i = 0; i < from.Length; i++)
                {
                    span[i] = PersianChars.Fold(from[i]);
                }
            });
            return new NormalizedText(original, same, null, start);
        }

        var map = new int[source.Length - dropped + 1];
        var value = string.Create(source.Length - dropped, (original, start, map), static (span, state) =>
        {
            var n = 0;
            for (var i = state.start; i < state.original.Length; i++)
            {
                var folded = PersianChars.Fold(state.original[i]);
                if (folded != '\0')
                {
                    span[n] = folded;
                    state.map[n] = i;
                    n++;
                }
            }

            state.map[n] = state.original.Length;
        });
        return new NormalizedText(original, value, map, 0);
    }

    /// <summary>Folds a phrase the same way, for lexicons and rule cues.</summary>
    public static string Fold(string phrase) => Normalize(phrase).Value;
}

namespace FactCheck.Text;

/// <summary>
/// Folds Persian news text into one canonical form in a single pass: Arabic yeh and kaf to
/// Persian, all digits to ASCII, marks and tatweel dropped, odd spaces folded, every joiner
/// written as U+200C. Line breaks are kept: the tokenizer decides which ones end a sentence.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var dropped = 0;
        foreach (var c in original)
        {
            dropped += PersianChars.Fold(c) == '\0' ? 1 : 0;
        }

        // Most articles drop nothing (no marks or tatweel): then offsets are the identity and need no map.
        if (dropped == 0)
        {
            var same = string.Create(original.Length, original, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = PersianChars.Fold(source[i]);
                }
            });
            return new NormalizedText(original, same, null);
        }

        var map = new int[original.Length - dropped + 1];
        var value = string.Create(original.Length - dropped, (original, map), static (span, state) =>
        {
            var n = 0;
            for (var i = 0; i < state.original.Length; i++)
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
        return new NormalizedText(original, value, map);
    }

    /// <summary>Folds a phrase the same way, for lexicons and rule cues.</summary>
    public static string Fold(string phrase) => Normalize(phrase).Value;
}

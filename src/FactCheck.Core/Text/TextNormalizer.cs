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
        var buffer = new char[original.Length];
        var map = new int[original.Length + 1];
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var folded = PersianChars.Fold(original[i]);
            if (folded == '\0')
            {
                continue;
            }

            buffer[n] = folded;
            map[n] = i;
            n++;
        }

        map[n] = original.Length;
        var value = new string(buffer, 0, n);
        if (n < original.Length)
        {
            Array.Resize(ref map, n + 1);
        }

        return new NormalizedText(original, value, map);
    }

    /// <summary>Folds a phrase the same way, for lexicons and rule cues.</summary>
    public static string Fold(string phrase) => Normalize(phrase).Value;
}

namespace FactCheck.Text;

/// <summary>
/// Text after folding, with a map back to the original: every recognized value is found in
/// <see cref="Value"/> but reported by its span in <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    // Null when nothing was dropped: offsets then differ only by where normalization began.
    private readonly int[]? _toOriginal;
    private readonly int _offset;

    internal NormalizedText(string original, string value, int[]? toOriginal, int offset)
    {
        Original = original;
        Value = value;
        _toOriginal = toOriginal;
        _offset = offset;
    }

    public string Original { get; }

    public string Value { get; }

    /// <summary>The original offset of a normalized offset (0..Value.Length inclusive).</summary>
    public int ToOriginal(int normalizedOffset) => _toOriginal is null ? normalizedOffset + _offset : _toOriginal[normalizedOffset];

    /// <summary>The original span of a normalized span; dropped characters inside it are kept.</summary>
    public TextSpan ToOriginal(TextSpan normalized)
    {
        var start = ToOriginal(normalized.Start);
        var end = normalized.End == 0 ? 0 : ToOriginal(normalized.End - 1) + 1;
        // A surrogate pair or a dropped mark right after the last character belongs to it.
        while (end < Original.Length && IsTrailing(Original[end]))
        {
            end++;
        }

        return new TextSpan(start, Math.Max(start, end));
    }

    public ReadOnlySpan<char> Slice(int start, int end) => Value.AsSpan(start, end - start);

    private static bool IsTrailing(char c) => char.IsLowSurrogate(c) || PersianChars.Fold(c) == '\0' && c != '\uFEFF';
}

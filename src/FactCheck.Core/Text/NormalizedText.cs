using System.Buffers;

namespace FactCheck.Text;

/// <summary>
/// Text after folding, with a map back to the original: every recognized value is found in
/// <see cref="Chars"/> but reported by its span in <see cref="Original"/>. The folded characters
/// live in a pooled buffer, given back by <see cref="Release"/> once the article is read.
/// </summary>
public sealed class NormalizedText
{
    private char[] _chars;
    private int[]? _toOriginal; // null when nothing was dropped: offsets then differ only by where normalization began
    private readonly int _offset;

    internal NormalizedText(string original, char[] chars, int length, int[]? toOriginal, int offset)
    {
        Original = original;
        _chars = chars;
        Length = length;
        _toOriginal = toOriginal;
        _offset = offset;
    }

    public string Original { get; }

    public int Length { get; }

    /// <summary>The folded text, read in place.</summary>
    public ReadOnlySpan<char> Chars => new(_chars, 0, Length);

    /// <summary>The folded text as a string (a copy: for tests and messages, not for hot paths).</summary>
    public string Value => new(Chars);

    /// <summary>The original offset of a normalized offset (0..Length inclusive).</summary>
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

    public ReadOnlySpan<char> Slice(int start, int end) => Chars[start..end];

    /// <summary>Gives the buffers back to the pool; the text must not be read afterwards.</summary>
    internal void Release()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }

        if (_toOriginal is not null)
        {
            ArrayPool<int>.Shared.Return(_toOriginal);
            _toOriginal = null;
        }
    }

    private static bool IsTrailing(char c) => char.IsLowSurrogate(c) || PersianChars.Fold(c) == '\0' && c != '\uFEFF';
}

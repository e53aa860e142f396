using System.Buffers;
using System.Runtime.CompilerServices;

namespace FactCheck.Text;

/// <summary>
/// Normalized text with its tokens: the input every recognizer and rule reads. Its buffers are
/// pooled; disposing gives them back (an undisposed one is simply collected).
/// </summary>
public sealed class TokenizedText : IDisposable
{
    private Token[] _tokens;

    private TokenizedText(NormalizedText text, Token[] tokens, int count)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
    }

    public NormalizedText Text { get; }

    /// <summary>The tokens, read in place.</summary>
    public ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_tokens, 0, Count);
    }

    public int Count { get; private set; }

    /// <param name="start">Where to begin (an article's body); spans stay offsets in <paramref name="original"/>.</param>
    public static TokenizedText From(string original, int start = 0)
    {
        var normalized = TextNormalizer.Normalize(original, start);
        var tokens = Tokenizer.Tokenize(normalized.Chars, out var count);
        return new TokenizedText(normalized, tokens, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TextOf(int index)
    {
        var t = _tokens[index];
        return Text.Chars.Slice(t.Start, t.End - t.Start);
    }

    public bool Is(int index, string folded) => index >= 0 && index < Count && TextOf(index).SequenceEqual(folded);

    public bool IsSymbol(int index, char c)
    {
        if (index < 0 || index >= Count)
        {
            return false;
        }

        var t = _tokens[index];
        return t.Kind == TokenKind.Symbol && Text.Chars[t.Start] == c;
    }

    /// <summary>Whether tokens index-1 and index belong to one phrase (no sentence break between).</summary>
    public bool Continues(int index) => index > 0 && index < Count && _tokens[index].Gap != TokenGap.Paragraph;

    /// <summary>The original span of tokens [first, last] inclusive.</summary>
    public TextSpan OriginalSpan(int first, int last) =>
        Text.ToOriginal(new TextSpan(_tokens[first].Start, _tokens[last].End));

    public void Dispose()
    {
        if (_tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = [];
            Count = 0;
            Text.Release();
        }
    }
}

using System.Runtime.InteropServices;

namespace FactCheck.Text;

/// <summary>Normalized text with its tokens: the input every recognizer and rule reads.</summary>
public sealed class TokenizedText
{
    private readonly List<Token> _tokens;

    private TokenizedText(NormalizedText text, List<Token> tokens)
    {
        Text = text;
        _tokens = tokens;
    }

    public NormalizedText Text { get; }

    /// <summary>The tokens, read in place: no copy of the tokenizer's buffer.</summary>
    public ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokens);

    public int Count => _tokens.Count;

    /// <param name="start">Where to begin (an article's body); spans stay offsets in <paramref name="original"/>.</param>
    public static TokenizedText From(string original, int start = 0)
    {
        var normalized = TextNormalizer.Normalize(original, start);
        return new TokenizedText(normalized, Tokenizer.Tokenize(normalized));
    }

    public ReadOnlySpan<char> TextOf(int index)
    {
        var t = Tokens[index];
        return Text.Value.AsSpan(t.Start, t.End - t.Start);
    }

    public bool Is(int index, string folded) => index >= 0 && index < Tokens.Length && TextOf(index).SequenceEqual(folded);

    public bool IsSymbol(int index, char c)
    {
        if (index < 0 || index >= Tokens.Length)
        {
            return false;
        }

        var t = Tokens[index];
        return t.Kind == TokenKind.Symbol && Text.Value[t.Start] == c;
    }

    /// <summary>Whether tokens index-1 and index belong to one phrase (no sentence break between).</summary>
    public bool Continues(int index) => index > 0 && index < Tokens.Length && Tokens[index].Gap != TokenGap.Paragraph;

    /// <summary>The original span of tokens [first, last] inclusive.</summary>
    public TextSpan OriginalSpan(int first, int last) =>
        Text.ToOriginal(new TextSpan(Tokens[first].Start, Tokens[last].End));
}

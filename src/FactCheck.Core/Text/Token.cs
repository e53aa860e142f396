namespace FactCheck.Text;

/// <summary>A token of normalized text: [Start, End) in <see cref="NormalizedText.Value"/>.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, TokenGap Gap)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}

using System.Runtime.InteropServices;

namespace FactCheck.Text;

/// <summary>
/// A token of normalized text: [Start, End) in <see cref="NormalizedText.Chars"/>, with the hash
/// every word lookup uses, computed once here rather than at each of a token's many lookups.
/// </summary>
[StructLayout(LayoutKind.Auto)] // 16 bytes: the two byte-sized fields share a word
public readonly record struct Token(TokenKind Kind, int Start, int End, TokenGap Gap, int Hash)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}

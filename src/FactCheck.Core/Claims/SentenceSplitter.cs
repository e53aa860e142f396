using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Splits tokens into sentences: at . ! ? ؟ and at blank lines. A single line break does not end a
/// sentence: captured articles break lines inside sentences (منطقه قره\nباغ).
/// </summary>
internal static class SentenceSplitter
{
    public static Sentence[] Split(TokenizedText t)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (i > start && t.Tokens[i].Gap == TokenGap.Paragraph)
            {
                sentences.Add(new Sentence(start, i));
                start = i;
            }

            if (t.Tokens[i].Kind == TokenKind.Symbol && t.Text.Chars[t.Tokens[i].Start] is '.' or '!' or '?' or '؟')
            {
                sentences.Add(new Sentence(start, i + 1));
                start = i + 1;
            }
        }

        if (start < t.Count)
        {
            sentences.Add(new Sentence(start, t.Count));
        }

        return [.. sentences];
    }
}

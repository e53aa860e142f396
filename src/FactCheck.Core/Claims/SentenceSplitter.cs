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
        var tokens = t.Tokens;
        var chars = t.Text.Chars;
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > start && tokens[i].Gap == TokenGap.Paragraph)
            {
                sentences.Add(new Sentence(start, i));
                start = i;
            }

            if (tokens[i].Kind == TokenKind.Symbol && chars[tokens[i].Start] is '.' or '!' or '?' or '؟')
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

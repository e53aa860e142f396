using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// A common fraction in words: a whole number and an ordinal denominator (دو سوم، یک چهارم، سه پنجم،
/// ۲ سوم). The numerator must be smaller than the denominator, so «دو سوم» is a share but «سه دوم» is not.
/// </summary>
internal static class Fraction
{
    /// <param name="denominator">The ordinal's value: 3 for «سوم».</param>
    public static bool TryRead(TokenizedText t, Cardinal numerator, NumberLexicon lex, out decimal denominator, out int end)
    {
        denominator = 0;
        end = numerator.End;
        var k = numerator.End;
        if (numerator.TrailingScale != 0 || numerator.Value < 1 || decimal.Truncate(numerator.Value) != numerator.Value
            || k >= t.Count || !t.Continues(k) || t.Tokens[k].Kind != TokenKind.Word
            || !lex.Words.TryMatch(t, k, out var word, out var length) || !word.Ordinal || word.Role != NumberWordRole.Small
            || word.Value is < 2 or > 10 || numerator.Value >= word.Value || t.Tokens[k].Gap is TokenGap.None)
        {
            return false;
        }

        denominator = word.Value;
        end = k + length;
        return true;
    }
}

using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// Some copy writes the decimal point as a comma: «۷،۳ ریشتر» is 7.3, while «۲،۷۸۳ نفر» (three digits
/// after the comma, one token) is 2783 and «۱۰،۲۰» (a list) stays two numbers. A comma is a decimal
/// point only before one or two digits that end the number and are followed by a unit of measure, a
/// scale word or a percent sign: what a decimal is written for.
/// </summary>
internal static class DecimalComma
{
    /// <summary>Reads digits, comma, digits at <paramref name="j"/> as one decimal (three tokens).</summary>
    public static bool TryRead(TokenizedText t, int j, NumberLexicon lex, out DigitsReading reading)
    {
        reading = DigitsReading.None;
        var tokens = t.Tokens;
        if (j + 3 > t.Count || tokens[j].Length > 3 || !(t.IsSymbol(j + 1, ',') || t.IsSymbol(j + 1, PersianChars.ArabicComma))
            || tokens[j + 1].Gap != TokenGap.None || tokens[j + 2].Gap != TokenGap.None || tokens[j + 2].Kind != TokenKind.Digits
            || tokens[j + 2].Length > 2)
        {
            return false;
        }

        var whole = DigitsParser.Read(t.TextOf(j));
        var fraction = DigitsParser.Read(t.TextOf(j + 2));
        if (whole.Shape != DigitsShape.Integer || fraction.Shape != DigitsShape.Integer || !MeasureFollows(t, j + 3, lex))
        {
            return false;
        }

        var scale = tokens[j + 2].Length == 1 ? 0.1m : 0.01m;
        reading = new DigitsReading(DigitsShape.Decimal, whole.Value + (fraction.Value * scale), scale, [], '.');
        return true;
    }

    private static bool MeasureFollows(TokenizedText t, int k, NumberLexicon lex)
    {
        if (k >= t.Count)
        {
            return false;
        }

        if (t.IsSymbol(k, '%'))
        {
            return t.Tokens[k].Gap == TokenGap.None;
        }

        if (!t.Continues(k) || t.Tokens[k].Gap == TokenGap.None)
        {
            return false;
        }

        return (lex.Units.TryMatch(t, k, out var unit, out _) && unit.Unit.Dimension != Dimension.People)
            || (lex.Words.TryMatch(t, k, out var word, out _) && word.Role == NumberWordRole.Scale && !word.Ordinal);
    }
}

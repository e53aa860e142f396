using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// A figure that copy repeats by accident, written the same way right after itself, alone or after «و»
/// and a qualifier («۷۳ ۷۳ پرواز»، «۷۳ و دست‌کم ۷۳ پرواز»): one amount, as the second writing qualifies it.
/// </summary>
internal static class RepeatedNumber
{
    /// <returns>Where the amount goes on: after the repeat, or where the first writing ends.</returns>
    public static int Skip(TokenizedText t, Cardinal first, NumberLexicon lex, ref Qualifier qualifier)
    {
        var end = first.End;
        if (first.End - first.Start != 1 || t.Tokens[first.Start].Kind != TokenKind.Digits || end >= t.Count || !t.Continues(end))
        {
            return end;
        }

        var k = end;
        if (t.Is(k, PersianNumberWords.And) && k + 1 < t.Count && t.Continues(k + 1))
        {
            k++;
        }

        var second = qualifier;
        if (lex.Qualifiers.TryMatch(t, k, out var q, out var length) && k + length < t.Count && t.Continues(k + length))
        {
            second = q;
            k += length;
        }

        if (k >= t.Count || !t.TextOf(k).SequenceEqual(t.TextOf(first.Start))
            || (k + 1 < t.Count && t.Continues(k + 1) && t.Tokens[k + 1].Kind is TokenKind.Digits))
        {
            return end;
        }

        qualifier = second;
        return k + 1;
    }
}

using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// تن is both the tonne and the classifier for people (۲۰ تن کشته شدند). The words around it decide,
/// in this order: a cargo word or a casualty word right after it, a casualty phrase right before the
/// amount, the first cargo or casualty word a few words on in the sentence, a vague amount (ده‌ها تن),
/// and a person count earlier in the same sentence (a list of places: ۵۵۹ نفر، ... ۲۳ تن). Each look is
/// bounded, so the recognizer stays linear.
/// </summary>
internal static class TonneOrPeople
{
    private const int LookAhead = 6;
    private const int LookBack = 16;

    /// <param name="start">Where the amount (with its qualifier) begins.</param>
    /// <param name="afterTan">The token after تن.</param>
    public static bool CountsPeople(TokenizedText t, NumberLexicon lex, int start, int afterTan, bool vague)
    {
        if (afterTan < t.Count && t.Continues(afterTan))
        {
            if (lex.CargoNearTan.TryMatch(t, afterTan, out _, out _))
            {
                return false;
            }

            if (lex.PeopleAfterTan.TryMatch(t, afterTan, out _, out _))
            {
                return true;
            }
        }

        if (PeopleBefore(t, lex, start) || PeopleNamedBefore(t, lex, start))
        {
            return true;
        }

        for (var k = afterTan; k < t.Count && k < afterTan + LookAhead && t.Continues(k) && !EndsClause(t, k); k++)
        {
            if (lex.CargoNearTan.TryMatch(t, k, out _, out _))
            {
                return false;
            }

            if (lex.PeopleNearTan.TryMatch(t, k, out _, out _))
            {
                return true;
            }
        }

        if (vague)
        {
            return true; // «ده‌ها تن»: nobody counts cargo in tens
        }

        for (var k = start - 1; k >= 0 && k >= start - LookBack && t.Continues(k + 1) && !EndsSentence(t, k); k--)
        {
            if (lex.PersonUnits.TryMatch(t, k, out _, out _) && k > 0 && t.Tokens[k - 1].Kind == TokenKind.Digits)
            {
                return true;
            }
        }

        return false;
    }

    // A phrase of PeopleBeforeAmount ending right where the amount begins, in the same sentence.
    public static bool PeopleBefore(TokenizedText t, NumberLexicon lex, int start) =>
        t.Continues(start) && lex.PeopleBeforeAmount.EndsAt(t, start, PhraseReach);

    /// <summary>How many tokens a casualty phrase before the amount may span.</summary>
    private const int PhraseReach = 4;

    /// <summary>How many words may stand between a casualty noun and the amount it is given: «شمار کشته‌شدگان جنگ را ۴۳۹۰ تن اعلام کرد».</summary>
    private const int NamedBeforeReach = 3;

    // A casualty phrase a few plain words before the amount, with no figure or punctuation between.
    private static bool PeopleNamedBefore(TokenizedText t, NumberLexicon lex, int start)
    {
        for (var end = start - 1; end >= 1 && end >= start - NamedBeforeReach; end--)
        {
            if (t.Tokens[end].Kind != TokenKind.Word || !t.Continues(end + 1))
            {
                return false;
            }

            if (lex.PeopleBeforeAmount.EndsAt(t, end, PhraseReach))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(TokenizedText t, int k) =>
        t.IsSymbol(k, '.') || t.IsSymbol(k, '!') || t.IsSymbol(k, '?') || t.IsSymbol(k, '؟') || t.IsSymbol(k, '؛');

    private static bool EndsClause(TokenizedText t, int k) =>
        EndsSentence(t, k) || t.Tokens[k].Kind == TokenKind.Digits;
}

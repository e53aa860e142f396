using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Discovery;

/// <summary>
/// Finds the word that says what a value counts, reading a few words either side of it within its
/// sentence, forward only from a fixed start: the counted noun after the figure and its classifier
/// (۳۸ نفر جان باختند → جان), the verb of its clause when a preposition comes first (۱۹۵ نفر از
/// هموطنان در زلزله سرآبگل جان باختند → جان), the noun a count heads before «به» (شمار جان‌باختگان
/// زلزله به ۱۱۲ نفر رسید → جان‌باختگان); and for a date, what its clause says happened (… ۱۹ اردیبهشت
/// امضا شد → امضا), else the event noun before it (زلزله ۱۸ مهر).
/// </summary>
internal static class FactWordFinder
{
    /// <summary>How many words are read from a value in search of its fact word.</summary>
    private const int Reach = 8;

    /// <summary>The fact word of value <paramref name="index"/> of the sentence's values, or null.</summary>
    /// <param name="values">The values of the sentence, in text order.</param>
    public static (string Word, WordSide Side)? Find(TokenizedText t, int sentenceFirst, int sentenceEnd, IReadOnlyList<PlacedValue> values, int index)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(values);
        var value = values[index];
        var stopBefore = index > 0 ? values[index - 1].EndToken : sentenceFirst;
        var stopAfter = index + 1 < values.Count ? values[index + 1].FirstToken : sentenceEnd;
        if (value.Value is DateValue)
        {
            // What happened that day, when the clause says it (امضا شد، آغاز شد); else the event noun before the date.
            if (ClauseVerb(t, value.EndToken, stopAfter) is { } happened && DiscoveryWords.EventVerbs.ContainsKey(DiscoveryWords.Key(happened)))
            {
                return (happened, WordSide.After);
            }

            return EventNoun(t, value.FirstToken, stopBefore, values, index) is { } noun ? (noun, WordSide.Before)
                : After(t, value.EndToken, stopAfter, DiscoveryWords.DateFillers) is { } verb ? (verb, WordSide.After) : null;
        }

        if (Word(t, value.FirstToken - 1, stopBefore, backwards: true) is { } before && DiscoveryWords.Key(before.Text) == DiscoveryWords.CountLink)
        {
            return CountedBefore(t, before.First, stopBefore) is { } counted ? (counted, WordSide.Before) : null;
        }

        return After(t, value.EndToken, stopAfter, DiscoveryWords.Fillers) is { } word ? (word, WordSide.After) : null;
    }

    /// <summary>
    /// The content word nearest before a value, past prepositions and fillers: what a reading is of
    /// (زمین‌لرزه‌ای به بزرگی ۶.۱ ریشتر → بزرگی؛ این زلزله ۶.۱ ریشتری → زلزله).
    /// </summary>
    public static string? Before(TokenizedText t, int sentenceFirst, IReadOnlyList<PlacedValue> values, int index)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(values);
        var stop = index > 0 ? values[index - 1].EndToken : sentenceFirst;
        var next = values[index].FirstToken;
        for (var n = 0; n < 3 && Word(t, next - 1, stop, backwards: true) is { } word; n++)
        {
            var key = DiscoveryWords.Key(word.Text);
            if (IsContent(key) && !DiscoveryWords.Classifiers.Contains(key))
            {
                return word.Text;
            }

            next = word.First;
        }

        return null;
    }

    // «شمار جان‌باختگان زلزله سرآبگل به ۱۱۲ نفر»: the word after the count head; else the word right before «به».
    private static string? CountedBefore(TokenizedText t, int to, int stop)
    {
        var next = to;
        string? nearest = null;
        for (var n = 0; n < Reach && Word(t, next - 1, stop, backwards: true) is { } word; n++)
        {
            var key = DiscoveryWords.Key(word.Text);
            if (DiscoveryWords.CountHeads.Contains(key))
            {
                return After(t, word.End, to, DiscoveryWords.Fillers);
            }

            if (n == 0)
            {
                nearest = IsContent(key) ? word.Text : null;
            }

            next = word.First;
        }

        return nearest;
    }

    // The event a date belongs to: the content word before it, past «روز»، «در»، «از» and other values (a time, a weekday).
    private static string? EventNoun(TokenizedText t, int from, int stop, IReadOnlyList<PlacedValue> values, int index)
    {
        var next = from;
        for (var n = 0; n < 4; n++)
        {
            var previous = index - 1;
            while (previous >= 0 && values[previous].EndToken == next)
            {
                next = values[previous].FirstToken; // «ساعت ۴ و ۱۲ دقیقه بامداد جمعه ۱۸ مهر»: past the time
                previous--;
            }

            if (Word(t, next - 1, previous >= 0 ? values[previous].EndToken : stop, backwards: true) is not { } word)
            {
                return null;
            }

            var key = DiscoveryWords.Key(word.Text);
            if (!DiscoveryWords.DateFillers.Contains(key))
            {
                return IsContent(key) ? word.Text : null;
            }

            next = word.First;
        }

        return null;
    }

    // The first content word after a value, past classifiers and fillers; a preposition sends the search to the clause's verb.
    private static string? After(TokenizedText t, int from, int stop, HashSet<string> fillers)
    {
        var next = from;
        for (var n = 0; n < Reach && Word(t, next, stop, backwards: false) is { } word; n++)
        {
            var key = DiscoveryWords.Key(word.Text);
            if (DiscoveryWords.Prepositions.Contains(key))
            {
                return ClauseVerb(t, word.End, stop);
            }

            if (!DiscoveryWords.Classifiers.Contains(key) && !fillers.Contains(key))
            {
                return IsContent(key) ? word.Text : null;
            }

            next = word.End;
        }

        return null;
    }

    // «… در زلزله سرآبگل جان باختند»: the word before the clause's trailing light verbs.
    private static string? ClauseVerb(TokenizedText t, int from, int stop)
    {
        var words = new List<string>();
        var next = from;
        for (var n = 0; n < Reach + 4 && Word(t, next, stop, backwards: false) is { } word; n++)
        {
            if (DiscoveryWords.ClauseEnds.Contains(DiscoveryWords.Key(word.Text)))
            {
                break;
            }

            words.Add(word.Text);
            next = word.End;
        }

        while (words.Count > 1 && IsLightVerb(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 0 && IsContent(DiscoveryWords.Key(words[^1])) ? words[^1] : null;
    }

    // «شدند», and «باخته‌اند» or «شده است» whose every part is one.
    private static bool IsLightVerb(string word) =>
        word.Split(['\u200C', ' '], StringSplitOptions.RemoveEmptyEntries).All(p => DiscoveryWords.LightVerbs.Contains(DiscoveryWords.Key(p)));

    private static bool IsContent(string key) =>
        key.Length > 1 && !DiscoveryWords.NotFacts.Contains(key) && !DiscoveryWords.Prepositions.Contains(key)
        && !DiscoveryWords.Fillers.Contains(key) && !DiscoveryWords.LightVerbs.Contains(key) && !DiscoveryWords.ClauseEnds.Contains(key);

    /// <summary>
    /// The whole word at token <paramref name="at"/> (its parts joined by joiners or glued), within
    /// [stop, at] going back or [at, stop) going forward; null at a digit, a symbol or the bound.
    /// </summary>
    private static (string Text, int First, int End)? Word(TokenizedText t, int at, int stop, bool backwards)
    {
        if (backwards ? at < stop : at >= stop)
        {
            return null;
        }

        var tokens = t.Tokens;
        if (at < 0 || at >= tokens.Length || tokens[at].Kind != TokenKind.Word)
        {
            return null;
        }

        var first = at;
        var end = at + 1;
        if (backwards)
        {
            while (first > stop && tokens[first].Gap is TokenGap.Joiner && tokens[first - 1].Kind == TokenKind.Word)
            {
                first--;
            }
        }
        else
        {
            while (end < stop && tokens[end].Gap is TokenGap.Joiner && tokens[end].Kind == TokenKind.Word)
            {
                end++;
            }
        }

        // Going back, a word is whole only from its first part; going forward, to its last.
        if (backwards)
        {
            while (end < tokens.Length && tokens[end].Gap is TokenGap.Joiner && tokens[end].Kind == TokenKind.Word)
            {
                end++;
            }
        }

        return (new string(t.Text.Chars[tokens[first].Start..tokens[end - 1].End]), first, end);
    }
}

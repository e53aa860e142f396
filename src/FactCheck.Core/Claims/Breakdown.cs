using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Claims;

/// <summary>
/// Figures given place by place («سرآبگل ۱۳۸ نفر، چمنار ۲۲ نفر، ده‌باریک ۱۲ نفر»): each belongs to
/// its label, a fact of its own, never the total. A list is two or more amounts of one unit, each
/// right after a label of one to three words that opens the sentence or follows a comma, a colon or «و».
/// </summary>
internal static class Breakdown
{
    private const int MaxLabelWords = 3;

    private static readonly PhraseTrie<bool> NotLabels = Trie(PersianBindingWords.NotLabels);
    private static readonly PhraseTrie<bool> Joiners = Trie(PersianBindingWords.ListJoiners);

    /// <summary>The label of each value that is an item of a breakdown, by the value's index.</summary>
    /// <param name="values">The sentence's values, in text order.</param>
    /// <param name="classes">Word classes: a word of a rule (a cue) is never a label.</param>
    public static Dictionary<int, (string Label, int First)>? Labels(TokenizedText t, Sentence s, IReadOnlyList<PlacedValue> values, byte[] classes)
    {
        Dictionary<int, (string Label, int First, string? Unit)>? items = null;
        var previousEnd = s.First;
        for (var v = 0; v < values.Count; v++)
        {
            var placed = values[v];
            if (placed.Value is Quantity { Nominal: not null } q && Label(t, Math.Max(previousEnd, s.First), placed.FirstToken, classes) is { } label)
            {
                items ??= [];
                items[v] = (label.Text, label.First, q.Unit?.Code);
            }

            previousEnd = placed.EndToken;
        }

        if (items is null)
        {
            return null;
        }

        // One labelled amount is a sentence; a list has two or more of the same unit.
        var lists = items.GroupBy(i => i.Value.Unit).Where(g => g.Count() >= 2).SelectMany(g => g).ToList();
        return lists.Count == 0 ? null : lists.ToDictionary(i => i.Key, i => (i.Value.Label, i.Value.First));
    }

    /// <summary>The words right before a value, when they open the sentence or follow a list separator.</summary>
    /// <remarks>No value lies between floor and the value, so a word that could start one (the «ده» of پایین‌ده) was not read as one here.</remarks>
    private static (string Text, int First)? Label(TokenizedText t, int floor, int value, byte[] classes)
    {
        // «سرآبگل: ۱۸۹ نفر»: a colon may stand between the label and its figure.
        if (value > floor && t.IsSymbol(value - 1, ':'))
        {
            value--;
        }

        var first = value;
        while (first > floor && value - first < MaxLabelWords && t.Tokens[first - 1].Kind == TokenKind.Word
            && (classes[first - 1] & WordClasses.RuleWord) == 0 && !NotLabels.TryMatch(t, first - 1, out _, out _))
        {
            first--;
        }

        if (first == value)
        {
            return null;
        }

        var opens = first == floor || (t.Tokens[first - 1].Kind == TokenKind.Symbol && t.Text.Chars[t.Tokens[first - 1].Start] is '،' or ',' or ':' or '؛' or ';' or '(')
            || Joiners.TryMatch(t, first - 1, out _, out var joiner) && joiner == 1;
        if (!opens)
        {
            return null;
        }

        var span = t.OriginalSpan(first, value - 1);
        return (t.Text.Original[span.Start..span.End], first);
    }

    private static PhraseTrie<bool> Trie(IEnumerable<string> words)
    {
        var trie = new PhraseTrie<bool>();
        foreach (var word in words)
        {
            trie.Add(word, true);
        }

        return trie;
    }
}

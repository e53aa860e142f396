using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Where a clause ends inside a sentence: a comma or semicolon, or a word that starts the next clause
/// («و»، «اما»). Persian puts the verb last in its clause, so binding, vetoes and statement times stop here.
/// </summary>
internal static class ClauseBoundary
{
    private static readonly PhraseTrie<bool> Joiners = JoinerTrie();

    /// <summary>A comma or semicolon, in either script.</summary>
    public static bool IsPunctuation(TokenizedText t, int i) =>
        t.Tokens[i].Kind == TokenKind.Symbol && t.Text.Chars[t.Tokens[i].Start] is '،' or ',' or '؛' or ';';

    /// <summary>Whether token <paramref name="i"/> ends the clause before it.</summary>
    public static bool Ends(TokenizedText t, int i) => IsPunctuation(t, i) || Joiners.TryMatch(t, i, out _, out _);

    /// <summary>Whether a clause ends anywhere in tokens [from, to).</summary>
    public static bool Between(TokenizedText t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Ends(t, i))
            {
                return true;
            }
        }

        return false;
    }

    private static PhraseTrie<bool> JoinerTrie()
    {
        var trie = new PhraseTrie<bool>();
        foreach (var word in PersianBindingWords.ClauseJoiners)
        {
            trie.Add(word, true);
        }

        return trie;
    }
}

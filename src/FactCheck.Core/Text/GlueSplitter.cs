using FactCheck.Lexicon;

namespace FactCheck.Text;

/// <summary>
/// Splits a word that real copy wrote without its space (نفرزخمی، ازهفت، وحدود، هزارتن) into the two
/// lexicon words it is made of: the longest head whose rest is a word that may follow it. A word that
/// is itself in the lexicon (یکصد، چهارده) or listed to keep is never split. One pass over the word's
/// prefixes along a character trie of the heads, so the tokenizer stays linear.
/// </summary>
internal sealed class GlueSplitter
{
    public static readonly GlueSplitter Persian = new();

    // The heads as a character trie: most words leave it at their first or second letter.
    private readonly List<Dictionary<char, int>> _children = [[]];
    private readonly List<PersianGlue.Part> _follows = [PersianGlue.Part.None];
    private readonly WordMap<PersianGlue.Part> _rests = new();
    private readonly WordMap<bool> _whole = new();
    private readonly bool[] _restStarts = new bool[char.MaxValue + 1]; // a cheap test before hashing a rest

    // The first two letters of every head (a one-letter head, «و», by its letter alone), as Arabic-block
    // code units: two array reads turn away almost every word before the trie is walked.
    private readonly bool[] _headPairs = new bool[1 << 16];
    private readonly bool[] _oneLetterHeads = new bool[1 << 8];
    private readonly int _longestRest;

    private GlueSplitter()
    {
        foreach (var (word, follows) in PersianGlue.Heads())
        {
            var node = 0;
            foreach (var c in word)
            {
                if (!_children[node].TryGetValue(c, out var child))
                {
                    child = _children.Count;
                    _children[node][c] = child;
                    _children.Add([]);
                    _follows.Add(PersianGlue.Part.None);
                }

                node = child;
            }

            _follows[node] |= follows;
            if (word.Length == 1)
            {
                _oneLetterHeads[Low(word[0])] = true;
            }
            else
            {
                _headPairs[Pair(word[0], word[1])] = true;
            }
        }

        foreach (var (word, part) in PersianGlue.Rests())
        {
            _rests.GetOrAdd(word) |= part;
            _restStarts[word[0]] = true;
            _longestRest = Math.Max(_longestRest, word.Length);
            _whole.GetOrAdd(word) = true;
        }

        foreach (var (word, _) in PersianNumberWords.All())
        {
            _whole.GetOrAdd(word) = true;
        }

        foreach (var word in PersianNumberWords.NotNumbers.Concat(PersianGlue.Keep))
        {
            _whole.GetOrAdd(word) = true;
        }
    }

    /// <summary>The length of the head to split off, or 0 to keep the word whole.</summary>
    /// <param name="hash">The word's <see cref="WordMap.Hash"/>.</param>
    public int HeadLength(ReadOnlySpan<char> word, int hash)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        if (!IsArabic(word[0]) || !IsArabic(word[1]) || !(_oneLetterHeads[Low(word[0])] || _headPairs[Pair(word[0], word[1])]))
        {
            return 0;
        }

        var best = 0;
        var node = 0;
        for (var length = 1; length <= word.Length - 2; length++) // a rest has two letters at least
        {
            if (!_children[node].TryGetValue(word[length - 1], out node))
            {
                break;
            }

            if (_follows[node] is var follows and not PersianGlue.Part.None && _restStarts[word[length]]
                && word.Length - length <= _longestRest && _rests.TryGetValue(word[length..], out var rest) && (follows & rest) != 0)
            {
                best = length;
            }
        }

        return best == 0 || _whole.TryGetValue(word, hash, out _) ? 0 : best;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    private static int Low(char c) => c & 0xFF;

    private static int Pair(char first, char second) => (Low(first) << 8) | Low(second);
}

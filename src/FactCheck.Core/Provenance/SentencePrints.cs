using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Provenance;

/// <summary>
/// One hash per sentence, of its letters and digits alone (after the usual folding: digits to ASCII,
/// Arabic letters to Persian): spaces, joiners and punctuation are left out, so a copy that lost its
/// ZWNJs («می‌گوید» / «میگوید» / «می گوید») or changed a comma hashes the same. Short sentences (a news
/// code, «انتهای پیام») say nothing of who copied whom and are dropped. A line break ends a piece too:
/// page chrome stands on lines of its own, and must not change the sentence it runs into.
/// </summary>
internal static class SentencePrints
{
    /// <summary>Letters and digits a sentence needs to be told apart from page chrome.</summary>
    public const int MinLetters = 24;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong[] Of(TokenizedText t, IReadOnlyList<Sentence> sentences)
    {
        var chars = t.Text.Chars;
        var tokens = t.Tokens;
        var hashes = new HashSet<ulong>();
        foreach (var s in sentences)
        {
            if (s.End <= s.First)
            {
                continue;
            }

            var hash = Offset;
            var letters = 0;
            foreach (var c in chars[tokens[s.First].Start..tokens[s.End - 1].End])
            {
                if (c == '\n')
                {
                    // a line of its own (a news code, a menu) joins no sentence of the report
                    Add(hashes, hash, letters);
                    (hash, letters) = (Offset, 0);
                }
                else if (char.IsLetterOrDigit(c))
                {
                    hash = (hash ^ c) * Prime;
                    letters++;
                }
            }

            Add(hashes, hash, letters);
        }

        return [.. hashes];
    }

    private static void Add(HashSet<ulong> hashes, ulong hash, int letters)
    {
        if (letters >= MinLetters)
        {
            hashes.Add(hash);
        }
    }
}

namespace FactCheck.Reporting.Terminal;

/// <summary>
/// Text cut into the runs a line may break between: words, except that a quote «…», a run of Persian
/// words, and a date written in words (9 November 2020, 25–27 September 2020, Shahrivar 1399) are each kept whole.
/// Paths, ISO dates and numbers hold no space, so they are never cut.
/// </summary>
internal static class UnbreakableRuns
{
    /// <summary>The runs of the text; a run wider than <paramref name="widest"/> (a long quoted sentence) is cut between its words.</summary>
    public static List<string> Of(string text, int widest)
    {
        var runs = new List<string>();
        foreach (var run in Of(text))
        {
            if (DisplayWidth.Of(run) <= widest)
            {
                runs.Add(run);
                continue;
            }

            var piece = string.Empty;
            foreach (var word in NumbersWithTheirWords(run.Split(' ')))
            {
                if (piece.Length > 0 && DisplayWidth.Of(piece) + 1 + DisplayWidth.Of(word) > widest)
                {
                    runs.Add(piece);
                    piece = word;
                }
                else
                {
                    piece = piece.Length == 0 ? word : piece + " " + word;
                }
            }

            runs.Add(piece);
        }

        return runs;
    }

    // A number and the word after it stay together inside a long quote too: «۲۲ آبان ۱۳۹۹», «۴۰۷ نفر».
    private static List<string> NumbersWithTheirWords(string[] words)
    {
        var kept = new List<string>();
        var last = string.Empty;
        foreach (var word in words)
        {
            if (kept.Count > 0 && (HasDigit(last) || HasDigit(word)))
            {
                kept[^1] += " " + word;
            }
            else
            {
                kept.Add(word);
            }

            last = word;
        }

        return kept;
    }

    private static bool HasDigit(string word) => word.Any(char.IsDigit);

    public static List<string> Of(string text)
    {
        var runs = new List<string>();
        var quoteDepth = 0;
        string? previous = null;
        foreach (var word in text.Split(' '))
        {
            // An empty word is a second space in a row: kept, in the run, as the text had it.
            if (previous is not null && (quoteDepth > 0 || word.Length == 0 || previous.Length == 0 || Glued(previous, word)))
            {
                runs[^1] += " " + word;
            }
            else
            {
                runs.Add(word);
            }

            quoteDepth = Math.Max(0, quoteDepth + word.Count(c => c == '«') - word.Count(c => c == '»'));
            previous = word;
        }

        return runs;
    }

    // Two words a line must not part: within a Persian run, or within a date written in words.
    private static bool Glued(string left, string right) =>
        (BidiIsolation.HasRightToLeft(left) && BidiIsolation.HasRightToLeft(right) && !left.EndsWith('»') && !left.EndsWith(':'))
        || left == "–" || right == "–"
        || (StartsWithDigit(left) && Capitalized(right))
        || (Capitalized(left) && StartsWithDigit(right));

    // A month's name, English or transliterated (November, Shahrivar): the words around a number in a date.
    private static bool Capitalized(string word)
    {
        var bare = Bare(word);
        return bare.Length > 1 && char.IsAsciiLetterUpper(bare[0]) && bare.Skip(1).All(char.IsAsciiLetterLower);
    }

    private static bool StartsWithDigit(string word)
    {
        var bare = word.TrimStart('(');
        return bare.Length > 0 && char.IsAsciiDigit(bare[0]);
    }

    private static string Bare(string word) => word.Trim('(', ')', ',', ';', ':', '.');
}

using FactCheck.Values.Numbers;

namespace FactCheck.Lexicon;

/// <summary>
/// The words that real copy runs together when a space or joiner is lost (نفرزخمی، ازهفت، وحدود،
/// هزارتن), as data: which words may head a glued token, and which may follow each kind of head.
/// A token is split only into a head and a rest both listed here, so nothing is guessed.
/// </summary>
internal static class PersianGlue
{
    /// <summary>What a word is, as a head or a rest of a glued token.</summary>
    [Flags]
    public enum Part : byte
    {
        None = 0,
        Number = 1,
        Scale = 2,
        Unit = 4,
        Qualifier = 8,
        Casualty = 16,
        From = 32,
        Other = 64,
    }

    /// <summary>Words glued after «و» or «از» that are not in the number and quantity lists.</summary>
    private static readonly (string Word, Part Part)[] Extra =
    [
        ("از", Part.From), ("دیگر", Part.Other),
    ];

    /// <summary>Qualifiers that are also everyday words once glued (وزیر is a minister, not «و زیر»).</summary>
    private static readonly string[] NotRests = ["زیر", "بالای"];

    /// <summary>Real words that happen to read as a head and a rest: never split.</summary>
    public static readonly string[] Keep = ["پنجتن", "هفتتن"];

    /// <summary>Heads: «و» and «از» before numbers and qualifiers; numbers before scales and units; scales and units before «از» and casualty words.</summary>
    public static IEnumerable<(string Word, Part Follows)> Heads()
    {
        yield return ("و", Part.Number | Part.Qualifier | Part.Casualty);
        yield return ("از", Part.Number | Part.Qualifier);
        foreach (var (word, part) in Rests())
        {
            var follows = part switch
            {
                Part.Number => Part.Scale | Part.Unit,
                Part.Scale => Part.Unit | Part.From | Part.Casualty,
                Part.Unit => Part.From | Part.Casualty | Part.Other,
                _ => Part.None,
            };
            if (follows != Part.None)
            {
                yield return (word, follows);
            }
        }
    }

    /// <summary>Rests: every single-word number, scale, unit, qualifier and casualty word of the lexicon.</summary>
    public static IEnumerable<(string Word, Part Part)> Rests()
    {
        foreach (var (word, entry) in PersianNumberWords.All())
        {
            if (!entry.Ordinal && !entry.Weak && entry.Role is NumberWordRole.Small or NumberWordRole.Scale && OneWord(word))
            {
                yield return (word, entry.Role == NumberWordRole.Small ? Part.Number : Part.Scale);
            }
        }

        foreach (var (phrase, _, _) in PersianQuantityWords.Units)
        {
            if (OneWord(phrase))
            {
                yield return (phrase, Part.Unit);
            }
        }

        foreach (var (phrase, _) in PersianQuantityWords.Qualifiers)
        {
            var first = phrase.Split(' ')[0];
            if (OneWord(first) && !NotRests.Contains(first))
            {
                yield return (first, Part.Qualifier);
            }
        }

        foreach (var word in PersianQuantityWords.PeopleNearTan)
        {
            if (OneWord(word))
            {
                yield return (word, Part.Casualty);
            }
        }

        foreach (var extra in Extra)
        {
            yield return extra;
        }
    }

    private static bool OneWord(string word) => !word.Contains(' ', StringComparison.Ordinal) && !word.Contains('\u200C', StringComparison.Ordinal);
}

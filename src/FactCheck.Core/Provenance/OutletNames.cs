using System.Text;
using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Provenance;

/// <summary>
/// Outlet names as a chain writes them and as front matter does: «خبرگزاری پیام شرق» and «پیام شرق»
/// are one outlet, with or without joiners; «ستاد مدیریت بحران» is a body that gives figures, not an
/// outlet that carries reports.
/// </summary>
internal static class OutletNames
{
    // What a name may start with that says what kind of outlet it is, not which one.
    private static readonly string[] Kinds =
        [.. new[] { "خبرگزاری", "روزنامه", "پایگاه خبری", "پایگاه اطلاع‌رسانی", "پایگاه", "سایت", "وبگاه", "رادیو", "شبکه", "هفته‌نامه", "ماهنامه" }
            .Select(TextNormalizer.Fold)];

    private static readonly string[] NotOutlets =
        [.. PersianSpeechWords.Officials.Concat(["خبرنگار", "خبرنگاران", "گزارشگر", "منابع", "رسانه‌ها", "رسانه‌های"]).Select(TextNormalizer.Fold)];

    /// <summary>One key for every spelling of an outlet's name: folded, its kind word dropped, letters and digits only.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextNormalizer.Fold(name).Trim();
        foreach (var kind in Kinds)
        {
            if (folded.StartsWith(kind + " ", StringComparison.Ordinal))
            {
                folded = folded[(kind.Length + 1)..];
                break;
            }
        }

        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>Whether a name credited in a chain is an outlet or wire, rather than a body or «خبرنگار ما».</summary>
    public static bool IsOutlet(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        foreach (var word in NotOutlets)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal) && (folded.Length == word.Length || !char.IsLetter(folded[word.Length])))
            {
                return false;
            }
        }

        return Key(folded).Length > 0;
    }
}

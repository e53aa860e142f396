namespace FactCheck.Lexicon;

/// <summary>
/// How a Persian past verb is written in the tenses news uses, as data. A cue written in the plural
/// simple past («جان باختند») also stands for its other tenses («جان باخت»، «جان باخته‌اند»، «جان
/// باخته است»، «جان باخته بودند») and its participle («سه جان‌باخته»), so a rule lists one form.
/// </summary>
internal static class PersianVerbForms
{
    /// <summary>The plural ending of the simple past: what is left is the past stem.</summary>
    public const string PluralPast = "ند";

    /// <summary>Every past stem ends in one of these (باخت، داد، شد، کرد، سپرد).</summary>
    public static readonly char[] PastStemEnds = ['د', 'ت'];

    /// <summary>What is written after the past stem in the other forms: «» is the singular simple past.</summary>
    public static readonly string[] AfterPastStem = ["", "ه", "ه اند", "ه است", "ه بود", "ه بودند"];
}

using FactCheck.Lexicon;

namespace FactCheck.Rules;

/// <summary>
/// The tenses a cue stands for. Real copy writes one fact in every tense («جان باختند»، «جان
/// باخته‌اند»، «جان خود را از دست داده‌اند»), and a rule that listed only one missed the rest.
/// </summary>
internal static class CueForms
{
    /// <summary>The phrase as written, then, when it ends in a plural past verb, its other forms.</summary>
    public static IEnumerable<string> Of(string phrase)
    {
        yield return phrase;
        var trimmed = phrase.TrimEnd();
        var lastSpace = trimmed.LastIndexOfAny([' ', '\u200C']);
        var last = trimmed[(lastSpace + 1)..];
        // a past stem is two letters at least and ends in د or ت: «فرزند»، «چند»، «روند» are not verbs
        if (!last.EndsWith(PersianVerbForms.PluralPast, StringComparison.Ordinal) || last.Length < PersianVerbForms.PluralPast.Length + 2
            || !PersianVerbForms.PastStemEnds.Contains(last[^(PersianVerbForms.PluralPast.Length + 1)]))
        {
            yield break;
        }

        var stem = trimmed[..^PersianVerbForms.PluralPast.Length];
        foreach (var ending in PersianVerbForms.AfterPastStem)
        {
            yield return stem + ending;
        }
    }
}

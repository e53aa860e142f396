namespace FactCheck.Lexicon;

/// <summary>Endings Persian adds to a noun that do not change what it names.</summary>
internal static class PersianSuffixes
{
    /// <summary>
    /// The indefinite or relative «ی» a noun takes before a clause: «جنگی که …»، «زلزله‌ای که …»، «سیلی
    /// که …». After a final ه, ا or و it is written «‌ای» (or «ای» glued, or «ی» after ا and و).
    /// </summary>
    public static IEnumerable<string> Indefinite(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        if (noun.Length == 0 || noun.Contains(' ', StringComparison.Ordinal) || noun.EndsWith('ی'))
        {
            yield break; // phrases keep their own forms; «درگیری» already ends in ی
        }

        if (noun[^1] is 'ه' or 'ا' or 'و')
        {
            yield return noun + "\u200Cای";
            yield return noun + "ای";
            if (noun[^1] != 'ه')
            {
                yield return noun + "ی";
            }
        }
        else
        {
            yield return noun + "ی";
        }
    }
}

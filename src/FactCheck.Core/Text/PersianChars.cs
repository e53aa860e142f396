namespace FactCheck.Text;

/// <summary>
/// What each character of Persian news text is to the normalizer. Kept in one place so that
/// folding rules (Arabic yeh and kaf, three digit systems, odd spaces) are never re-invented.
/// </summary>
internal static class PersianChars
{
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ArabicComma = '\u060C';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicPercent = '\u066A';

    // Every code unit's fold, computed once from FoldOne: normalizing is then one array read a character.
    private static readonly char[] FoldTable = Table(FoldOne);

    // Every code unit's letterhood, computed once from IsLetterOne: the tokenizer reads it per character.
    private static readonly bool[] LetterTable = Table(IsLetterOne);

    /// <summary>The character a code unit stands for after folding, or '\0' when it is dropped.</summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>The fold table, for a loop that holds it in a local (a static read a character costs an init check).</summary>
    public static ReadOnlySpan<char> Folds => FoldTable;

    // A per-code-unit answer computed once for all 65,536 code units.
    private static T[] Table<T>(Func<char, T> of)
    {
        var table = new T[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = of((char)c);
        }

        return table;
    }

    private static char FoldOne(char c) => c switch
    {
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Persian digits
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        '\u064A' or '\u0649' => 'ی',      // Arabic yeh, alef maksura
        '\u0643' => 'ک',                  // Arabic kaf
        '\u06C0' or '\u0629' => 'ه',      // heh with yeh above, teh marbuta
        '\u0623' or '\u0625' or '\u0671' => 'ا', // alef with hamza / wasla
        '\u0640' => '\0',                 // tatweel
        >= '\u064B' and <= '\u065F' => '\0', // harakat, hamza above/below
        '\u0670' => '\0',                 // superscript alef
        '\uFEFF' or '\u200D' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' => '\0',
        // Real articles write the joiner as RLM/LRM or the Arabic letter mark; one joiner for all.
        '\u200C' or '\u200F' or '\u200E' or '\u061C' => ZeroWidthNonJoiner,
        '\u00A0' or '\t' or '\v' or '\f' or '\r' or '\u1680' or '\u202F' or '\u205F' or '\u3000'
            or (>= '\u2000' and <= '\u200B') => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        ArabicThousandsSeparator => ',',
        ArabicDecimalSeparator => '.',
        ArabicPercent or '\u2030' => '%',
        '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' => '"',
        _ => c,
    };

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A letter of any script: one array read.</summary>
    public static bool IsLetter(char c) => LetterTable[c];

    /// <summary>The letter table, for a loop that holds it in a local.</summary>
    public static ReadOnlySpan<bool> Letters => LetterTable;

    private static bool IsLetterOne(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => true,
        < '\u00C0' => false,
        >= '\u0620' and <= '\u064A' => c != '\u0640', // Arabic letters (tatweel is folded away before this)
        >= '\u0671' and <= '\u06D3' => true,          // Persian and other extended letters
        _ => char.IsLetter(c),
    };
}

using FactCheck.Values.Numbers;

namespace FactCheck.Lexicon;

/// <summary>Persian number words as data; <see cref="NumberReader"/> holds the grammar.</summary>
internal static class PersianNumberWords
{
    private static readonly (string Word, int Value)[] Cardinals =
    [
        ("صفر", 0), ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("شیش", 6),
        ("هفت", 7), ("هشت", 8), ("نه", 9), ("ده", 10), ("یازده", 11), ("دوازده", 12), ("سیزده", 13),
        ("چهارده", 14), ("پانزده", 15), ("پونزده", 15), ("شانزده", 16), ("شونزده", 16), ("هفده", 17),
        ("هیفده", 17), ("هجده", 18), ("هیجده", 18), ("نوزده", 19), ("بیست", 20), ("سی", 30), ("چهل", 40),
        ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80), ("نود", 90), ("صد", 100), ("یکصد", 100),
        ("دویست", 200), ("سیصد", 300), ("چهارصد", 400), ("پانصد", 500), ("پونصد", 500), ("ششصد", 600),
        ("هفتصد", 700), ("هشتصد", 800), ("نهصد", 900),
    ];

    private static readonly (string Word, decimal Value)[] Scales =
    [
        ("هزار", 1_000m), ("یکهزار", 1_000m), ("میلیون", 1_000_000m), ("میلیارد", 1_000_000_000m),
        // Humanizer and some outlets write بیلیون for 10^12 (the long scale); تریلیون is the usual word.
        ("بیلیون", 1_000_000_000_000m), ("تریلیون", 1_000_000_000_000m),
    ];

    private static readonly (string Word, decimal Min, decimal Max)[] Vague =
    [
        ("ده‌ها", 10m, 99m), ("صدها", 100m, 999m), ("هزاران", 1_000m, 9_999m),
        ("ده‌ها هزار", 10_000m, 99_999m), ("صدها هزار", 100_000m, 999_999m),
        ("میلیون‌ها", 1_000_000m, 999_999_999m), ("میلیاردها", 1_000_000_000m, 999_999_999_999m),
    ];

    /// <summary>
    /// How the adjective ordinal before a noun ends («اولین»، «پنجمین»): never a day of a month, which
    /// takes the plain ordinal after it («اول میزان»، «پنجم میزان»).
    /// </summary>
    public const string SuperlativeOrdinalEnd = "ین";

    /// <summary>Ordinals that do not follow the word + م / مین pattern.</summary>
    private static readonly (string Word, int Value)[] IrregularOrdinals =
    [
        ("اول", 1), ("اولین", 1), ("نخستین", 1), ("یکم", 1), ("یکمین", 1),
        ("سوم", 3), ("سومین", 3), ("سی‌ام", 30), ("سی‌امین", 30),
    ];

    private static readonly HashSet<string> WeakWords = ["یک", "نه"];

    public static IEnumerable<(string Word, NumberWord Entry)> All()
    {
        foreach (var (word, value) in Cardinals)
        {
            yield return (word, new NumberWord(NumberWordRole.Small, value, Weak: WeakWords.Contains(word)));
            if (word is "سه" or "سی" or "یک")
            {
                continue; // irregular
            }

            yield return (word + "م", new NumberWord(NumberWordRole.Small, value, Ordinal: true));
            yield return (word + "مین", new NumberWord(NumberWordRole.Small, value, Ordinal: true));
        }

        foreach (var (word, value) in Scales)
        {
            yield return (word, new NumberWord(NumberWordRole.Scale, value));
            yield return (word + "م", new NumberWord(NumberWordRole.Scale, value, Ordinal: true));
            yield return (word + "مین", new NumberWord(NumberWordRole.Scale, value, Ordinal: true));
        }

        foreach (var (word, value) in IrregularOrdinals)
        {
            yield return (word, new NumberWord(NumberWordRole.Small, value, Ordinal: true));
        }

        foreach (var (word, min, max) in Vague)
        {
            yield return (word, new NumberWord(NumberWordRole.Vague, min, Max: max));
        }

        yield return ("نیم", new NumberWord(NumberWordRole.Half, 0.5m));
    }

    /// <summary>Spoken decimals: «چهار و هفت دهم» is 4.7, «دو و بیست و پنج صدم» 2.25.</summary>
    public static readonly (string Word, decimal Denominator)[] FractionDenominators =
    [
        ("دهم", 10m), ("صدم", 100m), ("هزارم", 1_000m),
    ];

    /// <summary>A part of a whole stated as a word: «نیمی از ساکنان» is half of them. Read only before «از».</summary>
    public static readonly (string Word, decimal Part)[] PartWords = [("نیمی", 0.5m), ("نیمه", 0.5m)];

    /// <summary>The word after a part word: «از».</summary>
    public const string Of = "از";

    /// <summary>The spoken decimal point: «سه ممیز پنج» is 3.5.</summary>
    public static readonly string[] DecimalPoints = ["ممیز"];

    /// <summary>Suffixes that make digits ordinal: ۲۳ام، ۲۳مین، ۲۳-ام.</summary>
    public static readonly string[] DigitOrdinalSuffixes = ["ام", "امین", "مین", "م"];

    /// <summary>The conjunction inside numbers: بیست و یک.</summary>
    public const string And = "و";

    /// <summary>Words that begin with a number word but are not numbers.</summary>
    public static readonly string[] NotNumbers =
    [
        "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "نخست وزیر", "یکی", "یکدیگر",
        "یک‌دیگر", "یکبار", "یک بار دیگر", "یک‌جانبه", "نه تنها", "نه فقط",
    ];
}

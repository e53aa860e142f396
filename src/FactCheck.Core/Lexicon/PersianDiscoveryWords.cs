namespace FactCheck.Lexicon;

/// <summary>
/// The words <c>discover</c> reads around a figure to tell what it counts, as data: which words are
/// only a counting classifier or filler, which mark a prepositional phrase or a light verb, which
/// endings fold one noun's variants together, and which words stand between a date and its event.
/// </summary>
internal static class PersianDiscoveryWords
{
    /// <summary>Classifiers and people nouns that say how something is counted, never what: ۳۸ نفر، ۲۰ تن، ۱۴ نفر از هموطنان.</summary>
    public static readonly string[] Classifiers =
    [
        "نفر", "تن", "عدد", "مورد", "دستگاه", "فروند", "رأس", "راس", "قطعه", "هموطنان", "هموطن", "شهروندان", "شهروند",
        "نفرشان", "تنشان",
    ];

    /// <summary>Words skipped between a figure and what it counts: ۵ نفر دیگر نیز …، ۲۰۰ تن از …</summary>
    public static readonly string[] Fillers =
    [
        "از", "دیگر", "نیز", "هم", "را", "تا", "کنون", "تاکنون", "اکنون", "هنوز", "همچنان", "فقط", "تنها", "حدود",
        "این", "آن", "ها", "های", "که", "بیش", "کم", "اند", "است", "بود",
    ];

    /// <summary>Prepositions: a figure followed by one is read through to its clause's verb (۱۹۵ نفر در زلزله … جان باختند).</summary>
    public static readonly string[] Prepositions = ["در", "به", "با", "بر", "برای", "طی", "پس", "پیش", "بی", "بدون", "میان", "بین"];

    /// <summary>Light verbs and auxiliaries: the word before one is what the clause says happened (مجروح شدند، جان باختند).</summary>
    public static readonly string[] LightVerbs =
    [
        "شد", "شدند", "شده", "شده‌اند", "شده‌است", "می‌شوند", "شدن", "گردید", "گردیدند", "باخت", "باختند", "باخته", "سپردند",
        "کرد", "کردند", "کرده", "کرده‌اند", "گرفت", "گرفتند", "گرفته", "دادند", "داده", "داد", "دیدند", "دیده", "است", "اند",
        "هستند", "بود", "بودند", "کشید", "کشیدند", "می‌شود", "می‌شوند", "درآمد", "درآمده", "داده‌اند", "رسید", "رسیده", "رسیده‌است", "رسیده‌اند", "آمد", "آمدند", "یافت", "یافتند", "بردند",
    ];

    /// <summary>Words that end a clause: the verb of a figure is looked for before them.</summary>
    public static readonly string[] ClauseEnds = ["و", "که", "ولی", "اما", "تا"];

    /// <summary>The word that links a count to its figure: «شمار مجروحان به ۱۲۵۰ نفر رسید».</summary>
    public const string CountLink = "به";

    /// <summary>Heads of a count before «به N»: «شمار جان‌باختگان … به ۱۱۲ نفر رسید» counts what follows them.</summary>
    public static readonly string[] CountHeads = ["شمار", "تعداد", "آمار", "رقم", "مجموع", "میزان", "وسعت"];

    /// <summary>
    /// Parts a noun takes after a joiner or space that do not change what it names: participles
    /// (کشته‌شدگان، جان‌باختگان، آسیب‌دیدگان), plurals (کشته‌ها) and the indefinite (زمین‌لرزه‌ای).
    /// </summary>
    public static readonly string[] JoinedEndings =
    [
        "شدگان", "شده", "شدند", "باختگان", "باخته", "باختند", "دیدگان", "دیده", "یافتگان", "یافته", "ها", "های", "ای", "ی",
        "اند", "است", "گان",
    ];

    /// <summary>
    /// The same endings written glued to the noun, longest first (کشتهشدگان، جانباختگان، مجروحان). A word
    /// keeps at least <see cref="MinimumStem"/> letters.
    /// </summary>
    public static readonly string[] GluedEndings =
    [
        "شدگان", "باختگان", "دیدگان", "یافتگان", "شده", "باخته", "دیده", "یافته", "گان", "ان",
    ];

    /// <summary>What a glued ending folds to: «گان» was a final «ه» (رانده‌شدگان، آوارگان → آواره).</summary>
    public static string EndingReplacement(string ending) => ending == "گان" ? "ه" : string.Empty;

    public const int MinimumStem = 3;

    /// <summary>
    /// What a clause says happened on a date, in groups of words that say the same: «… ۱۹ اردیبهشت در
    /// کارنا امضا شد» is the day of a signing, «… از ۱۴ اسفند آغاز شد» and «… از ۱۶ مرداد درگرفته بود»
    /// the day something began, whatever noun came before. A date is grouped by its group's first word.
    /// </summary>
    public static readonly string[][] EventVerbs =
    [
        ["آغاز", "شروع", "درگرفت", "درگرفته", "شعله", "شعله‌ور"],
        ["امضا"],
        ["اجرا", "اجرایی"],
        ["برگزار"],
        ["پایان", "متوقف", "مهار", "خاموش"],
        ["تصویب"],
        ["افتتاح"],
    ];

    /// <summary>Words between an event noun and its date: «زلزله روز جمعه ۱۸ مهر»، «جنگ از ۱۴ اسفند».</summary>
    public static readonly string[] DateFillers =
    [
        "روز", "در", "از", "تاریخ", "بامداد", "صبح", "ظهر", "عصر", "شب", "شامگاه", "سحرگاه", "ساعت", "که", "این", "آن",
        "مورخ", "مورخه", "اواخر", "اوایل", "نیمه", "به", "تا", "سال", "ماه",
    ];

    /// <summary>Words that are never the fact a figure counts: units of time, places in a list.</summary>
    public static readonly string[] NotFacts =
    [
        "ساعت", "روز", "روزه", "دقیقه", "ماه", "سال", "هفته", "امروز", "دیروز", "بامداد", "صبح", "عصر", "شب", "درصد",
        "کیلومتری", "متری", "سال‌های", "نفری", "هزار", "میلیون", "میلیارد", "گزارش", "اعلام", "گفت", "افزود",
    ];
}

namespace FactCheck.Lexicon;

/// <summary>Words that decide which noun a number counts, as data.</summary>
internal static class PersianBindingWords
{
    /// <summary>«۴۸ هزار نفر از آوارگان بازگشته‌اند»: a noun after «از» says whom the figure is part of, not what it counts.</summary>
    public static readonly string[] Partitive = ["از"];

    /// <summary>
    /// What may follow a bare number that still counts the noun before it («شمار کشته‌شدگان به ۴۰۷ و
    /// مجروحان به ۶۷۰۰ نفر رسید»). Any other word after a bare number is the noun it counts («دو طرف»).
    /// </summary>
    public static readonly string[] AfterBareCount =
    [
        "و", "رسید", "رسیده", "رسیده است", "رسیده اند", "است", "بود", "شد", "شده", "اعلام", "اعلام شد", "اعلام کرد",
        "گزارش", "گزارش شد", "برآورد", "تخمین", "تن", "نفر", "می‌رسد", "میرسد", "افزایش", "کاهش", "اما", "ولی",
    ];

    /// <summary>
    /// Words that cannot name a place or a group in a breakdown («سرآبگل ۱۳۸ نفر، چمنار ۲۲ نفر»): a
    /// number after one of these is part of the sentence, not an item of a list.
    /// </summary>
    public static readonly string[] NotLabels =
    [
        "و", "به", "از", "تا", "در", "با", "را", "که", "این", "آن", "هر", "حدود", "بیش", "کمتر", "نزدیک", "تنها", "فقط",
        "دست کم", "دستکم", "حداقل", "حداکثر", "امروز", "دیروز", "امشب", "اکنون", "تاکنون", "کنون", "شمار", "تعداد", "آمار",
        "رقم", "مجموع", "جمعا", "کل", "نیز", "هم", "هنوز", "دیگر", "اما", "ولی", "است", "بود", "شد", "رسید", "گفت",
    ];

    /// <summary>Right after a figure, the word that opens a clause about it («از ۱۰ مهر که … آغاز شد»).</summary>
    public static readonly string[] RelativeClause = ["که"];

    /// <summary>
    /// The last word of a cue that is a finite verb («آغاز شد»، «رخ داد»، «امضا کرد»). Persian puts the verb
    /// last in its clause: the cue's value stands before it, and a value after it belongs to the next clause
    /// («جنگی که از ۲۰ اسفند آغاز شد و با توافق ۱۹ اردیبهشت متوقف شد»).
    /// </summary>
    public static readonly string[] FiniteVerbEnds =
    [
        "شد", "شدند", "کرد", "کردند", "داد", "دادند", "گرفت", "گرفتند", "رسید", "رسیدند", "است", "بود", "اند", "‌اند",
        "باخت", "باختند", "سپرد", "سپردند", "کشید", "کشیدند", "گذاشت", "گذاشتند", "یافت", "یافتند", "درگرفت", "انجامید",
        "زد", "زدند", "آمد", "آمدند", "رفت", "رفتند", "ماند", "ماندند", "بودند", "گشت", "گشتند", "کشته‌اند", "باخته‌اند",
        // the present: «… اختصاص می‌دهد»، «… منتقل می‌شوند»
        "دهد", "دهند", "کند", "کنند", "شود", "شوند", "رسد", "رسند",
        // a participle closing its clause before a comma: «… اختصاص داده، تاکنون ۱۵ میلیارد …»
        "داده", "شده", "کرده", "رسیده", "گرفته", "باخته", "کشته", "هستند", "بودند",
    ];

    /// <summary>
    /// After a number, these make it part of a figure already given («۲۳ نفر مصدوم شدند که ۵ نفر از آنان
    /// بستری هستند»): a subset, never the total of any fact.
    /// </summary>
    public static readonly string[] SubsetAfter =
    [
        "از آنان", "از آنها", "از آن‌ها", "از آن ها", "از این تعداد", "از این افراد", "از این شمار", "از میان آنان",
        "از میان آنها", "از مجموع", "از ایشان",
    ];

    /// <summary>
    /// Before a cue, these make the figure after it a part of that whole: «از مجموع جان‌باختگان، ۱۲ نفر
    /// در محدوده شهرستان …» counts one county's dead, not all of them.
    /// </summary>
    public static readonly string[] SubsetOf = ["از مجموع", "از میان", "از جمع", "از کل", "از شمار", "از بین"];

    /// <summary>After a count of people, these make it the speaker's own: «۱۴ کارگر ما جان باختند» counts one company's dead.</summary>
    public static readonly string[] OwnGroup = ["ما", "خود", "خودمان", "خودشان"];

    /// <summary>The plural ending of a group of people: «از کارگران این شرکت … ۱۴ نفر» counts some of them.</summary>
    public const string PeoplePlural = "ان";

    /// <summary>Words ending as a plural does that are no group: «از زمان وقوع حادثه تاکنون ۱۴ نفر».</summary>
    public static readonly string[] NotGroups = ["زمان", "آبان", "پایان", "جریان", "میان", "آسمان", "ایران", "تهران", "استان", "بیمارستان", "باران"];

    /// <summary>Words that start a new clause after a verb: «… آغاز شد و …»، «… تعهد شد اما …».</summary>
    public static readonly string[] ClauseJoiners = ["و", "اما", "ولی", "لیکن", "ولیکن", "سپس"];

    /// <summary>Joins the items of a list: «چمنار ۲۲ نفر و کلاته‌سفید ۴ نفر».</summary>
    public static readonly string[] ListJoiners = ["و"];
}

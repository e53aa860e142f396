namespace FactCheck.Lexicon;

/// <summary>How Persian news attributes what it reports, as data.</summary>
internal static class PersianSpeechWords
{
    public static readonly string[] Verbs =
    [
        "گفت", "افزود", "اعلام کردند", "گزارش داد", "گزارش کرد", "اعلام شد", "خبر داد", "اظهار داشت", "اظهار کرد", "خاطرنشان کرد", "خاطر نشان کرد", "تصریح کرد", "ادامه داد",
        "یادآوری کرد", "یادآور شد", "تاکید کرد", "اعلام کرد", "بیان کرد", "عنوان کرد", "نوشت", "گفته است",
        "اعلام داشت", "مدعی شد", "ادعا کرد",
        // present and perfect forms, common in wire copy and Dari: «برنامه جهانی غذا می‌گوید»
        "می‌گوید", "می گوید", "میگوید", "می‌گویند", "می گویند", "گفتند", "گفته‌اند", "گفته اند", "افزودند",
        "اعلام کرده است", "اعلام کرده‌اند", "اعلام کرده اند", "گزارش داده است", "گزارش داده‌اند", "گزارش داده اند",
        "اعلام می‌کند", "اعلام می کند", "می‌افزاید", "می افزاید",
    ];

    /// <summary>A lead-in that details a figure just given: «آمار جان‌باختگان به تفکیک محل:»؛ its figures are the last speaker's.</summary>
    public static readonly string[] Breakdowns = ["تفکیک", "به تفکیک", "جزئیات", "به ترتیب"];

    /// <summary>
    /// How a body or an official's title begins: after «به گزارش» or «به نقل از» such a name is the
    /// source of the figure (به نقل از ستاد مدیریت بحران)، not the outlet it reaches the reader through.
    /// </summary>
    public static readonly string[] Officials =
    [
        "مرکز", "ستاد", "وزارت", "وزیر", "سازمان", "اداره", "اداره کل", "دفتر", "کمیته", "کمیساریای", "کمیسیون",
        "برنامه جهانی", "بنیاد", "جمعیت هلال احمر", "هلال احمر", "صلیب سرخ", "پزشکی قانونی", "مدیرکل", "مدیر کل",
        "فرماندار", "فرمانداری", "استاندار", "استانداری", "والی", "ولایت", "رئیس", "رییس", "سخنگوی", "معاون",
        "فرمانده", "پلیس", "ارتش", "شهرداری", "شهردار", "دولت", "پارلمان", "مجلس", "نماینده", "سفیر", "سفارت",
        "یونیسف", "سازمان ملل", "دیده‌بان", "نهاد", "شورای", "دادستان", "دادستانی", "مقامات", "مقام",
    ];

    /// <summary>Of <see cref="Pronouns"/>, those that are a whole subject however many words follow before the verb: «وی وسعت جنگل را … اعلام کرد».</summary>
    public static readonly string[] SubjectPronouns = ["وی", "او"];

    /// <summary>Words that refer back to the last named speaker: «وی افزود»، «به گفته این سازمان».</summary>
    public static readonly string[] Pronouns =
    [
        "وی", "او", "ایشان", "این سازمان", "این نهاد", "این مقام", "این مسئول", "این مقام مسئول", "این وزارتخانه",
        "این وزارت", "این ستاد", "این مرکز", "این اداره", "این دفتر", "این کمیته", "این مؤسسه", "این موسسه",
    ];

    /// <summary>Words that end a sentence's subject: «پوتین با بیان اینکه ... گفت».</summary>
    public static readonly string[] SubjectEnds =
    [
        "با", "در", "روز", "که", "نیز", "هم", "امروز", "دیروز", "ضمن", "پس", "طی", "به", "از", "بر",
        // the object of «اعلام کرد» often opens with these: «نجار آخرین آمار قربانیان را اعلام کرد»
        "آخرین", "آمار", "تعداد", "شمار", "میزان", "رقم", "تا", "صبح", "عصر", "ظهر", "شب", "ساعت",
    ];

    public static readonly string[] ReportedBy = ["به گزارش", "به نقل از"];

    public static readonly string[] AccordingTo =
    [
        "به گفته", "بنا بر اعلام", "بنابر اعلام", "بنا به اعلام", "طبق اعلام", "بر اساس اعلام", "به اعلام",
        "بنا بر گزارش", "بنابر گزارش", "طبق گزارش", "بر اساس گزارش", "بنا بر آمار", "بنابر آمار", "طبق آمار",
        "بر اساس آمار", "بر پایه آمار", "به استناد آمار",
    ];
}

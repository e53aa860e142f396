namespace FactCheck.Lexicon;

/// <summary>How Persian news attributes what it reports, as data.</summary>
internal static class PersianSpeechWords
{
    public static readonly string[] Verbs =
    [
        "گفت", "افزود", "اعلام کردند", "گزارش داد", "گزارش کرد", "اعلام شد", "خبر داد", "اظهار داشت", "اظهار کرد", "خاطرنشان کرد", "خاطر نشان کرد", "تصریح کرد", "ادامه داد",
        "یادآوری کرد", "یادآور شد", "تاکید کرد", "اعلام کرد", "بیان کرد", "عنوان کرد", "نوشت", "گفته است",
        "اعلام داشت", "مدعی شد", "ادعا کرد",
    ];

    public static readonly string[] Pronouns = ["وی", "او", "ایشان"];

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

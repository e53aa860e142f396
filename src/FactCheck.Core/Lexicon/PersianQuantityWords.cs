using FactCheck.Values;

namespace FactCheck.Lexicon;

/// <summary>Qualifiers, units and range words of Persian news, as data.</summary>
internal static class PersianQuantityWords
{
    public static readonly (string Phrase, Qualifier Qualifier)[] Qualifiers =
    [
        ("بیش از", Qualifier.MoreThan), ("بیشتر از", Qualifier.MoreThan), ("افزون بر", Qualifier.MoreThan),
        ("فزون بر", Qualifier.MoreThan), ("بالای", Qualifier.MoreThan), ("بالغ بر", Qualifier.About),
        ("دست‌کم", Qualifier.AtLeast), ("حداقل", Qualifier.AtLeast), ("لااقل", Qualifier.AtLeast),
        ("کمتر از", Qualifier.LessThan), ("کم‌تر از", Qualifier.LessThan), ("زیر", Qualifier.LessThan),
        ("حداکثر", Qualifier.AtMost), ("حدود", Qualifier.About), ("در حدود", Qualifier.About),
        ("حدودا", Qualifier.About), ("نزدیک به", Qualifier.Nearly), ("قریب به", Qualifier.Nearly),
        ("تقریبا", Qualifier.About), ("تقریبا در", Qualifier.About), ("نزدیک", Qualifier.Nearly),
        ("قریب", Qualifier.Nearly),
    ];

    /// <summary>Qualifiers written after the amount: ۴۸ هزار و اندی.</summary>
    public static readonly (string Phrase, Qualifier Qualifier)[] TrailingQualifiers =
    [
        ("و اندی", Qualifier.MoreThan), ("به بالا", Qualifier.AtLeast),
    ];

    /// <summary>Units with the factor that converts them to the canonical unit.</summary>
    public static readonly (string Phrase, Unit Unit, decimal Factor)[] Units =
    [
        ("نفر", Unit.Person, 1m),
        ("تن", Unit.Tonne, 1m), ("تُن", Unit.Tonne, 1m),
        ("کیلوگرم", Unit.Tonne, 0.001m), ("کیلو گرم", Unit.Tonne, 0.001m),
        ("تنی", Unit.Tonne, 1m),
        ("هکتار", Unit.Hectare, 1m), ("هکتاری", Unit.Hectare, 1m),
        ("کیلومتر مربع", Unit.Hectare, 100m), ("متر مربع", Unit.Hectare, 0.0001m),
        ("کیلومتر مربعی", Unit.Hectare, 100m), ("متر مربعی", Unit.Hectare, 0.0001m),
        ("کیلومتر", Unit.Kilometre, 1m), ("متر", Unit.Kilometre, 0.001m),
        // adjectival: «در عمق ۱۰ کیلومتری»، «ساختمان ۲۰ متری»
        ("کیلومتری", Unit.Kilometre, 1m), ("متری", Unit.Kilometre, 0.001m),
        // magnitude: «۷.۳ ریشتر»، «۶ درجه ریشتر»، «زلزله ۵ ریشتری»
        ("ریشتر", Unit.Richter, 1m), ("ریشتری", Unit.Richter, 1m), ("درجه ریشتر", Unit.Richter, 1m),
        ("درجه در مقیاس ریشتر", Unit.Richter, 1m), ("در مقیاس ریشتر", Unit.Richter, 1m),
        // the Institute of Geophysics' wording: «۶.۴ درجه در مقیاس امواج درونی زمین (ریشتر)»
        ("درجه در مقیاس امواج درونی زمین", Unit.Richter, 1m), ("در مقیاس امواج درونی زمین", Unit.Richter, 1m),
        ("درجه در امواج درونی زمین", Unit.Richter, 1m), ("درجه در مقیاس امواج درونی زمین (ریشتر)", Unit.Richter, 1m),
        ("در مقیاس امواج درونی زمین (ریشتر)", Unit.Richter, 1m), ("درجه در امواج درونی زمین (ریشتر)", Unit.Richter, 1m),
        ("لیتر", Unit.Litre, 1m), ("لیتری", Unit.Litre, 1m), ("میلی‌لیتر", Unit.Litre, 0.001m),
        // the oil barrel, 42 US gallons
        ("بشکه", Unit.Litre, 158.987294928m), ("بشکه‌ای", Unit.Litre, 158.987294928m),
        ("مگاوات", Unit.Megawatt, 1m), ("مگاواتی", Unit.Megawatt, 1m), ("کیلووات", Unit.Megawatt, 0.001m), ("گیگاوات", Unit.Megawatt, 1000m),
        ("درصد", Unit.Percent, 1m),
        ("دلار", Unit.Money("USD"), 1m), ("یورو", Unit.Money("EUR"), 1m), ("ریال", Unit.Money("IRR"), 1m),
        ("تومان", Unit.Money("IRT"), 1m), ("روبل", Unit.Money("RUB"), 1m), ("منات", Unit.Money("AZN"), 1m),
        ("درام", Unit.Money("AMD"), 1m),
        // adjectival: «اعتبار ۱۲۰ میلیارد تومانی»
        ("تومانی", Unit.Money("IRT"), 1m), ("ریالی", Unit.Money("IRR"), 1m), ("دلاری", Unit.Money("USD"), 1m),
        ("یورویی", Unit.Money("EUR"), 1m),
    ];

    /// <summary>After تن, these words mean people were counted (۲۰ تن کشته شدند، هفت تن دیگر).</summary>
    public static readonly string[] PeopleAfterTan =
    [
        "کشته", "زخمی", "مجروح", "دیگر", "از", "شهید", "بازداشت", "دستگیر", "زندانی", "اسیر", "مفقود",
        "جان", "نیز", "هم", "را", "که", "مجهول", "مصدوم", "فوت", "جان‌باخته", "کشته‌شده", "زخمی‌شده",
    ];

    /// <summary>
    /// A few words after تن, in the same sentence, that show people were counted (۲۹۰ تن با سوختگی به
    /// بیمارستان منتقل شدند); the first of these or of <see cref="CargoNearTan"/> decides.
    /// </summary>
    public static readonly string[] PeopleNearTan =
    [
        "کشته", "زخمی", "مجروح", "مصدوم", "سوختگی", "بیمارستان", "بیمارستان‌ها", "بستری", "جان", "فوت",
        "درگذشتند", "جان باختند", "کشته شدند", "شهید", "آسیب دیدند", "مفقود", "ناپدید", "زیر آوار", "نجات",
        "آواره", "بی‌خانمان", "اسیر", "بازداشت", "دستگیر", "مجهول",
        // returns and displacement: «۶۲ هزار تن به خانه‌های شان بازگشته اند»
        "بازگشته", "بازگشتند", "بازگشته‌اند", "بازگشته اند", "برگشته", "برگشتند", "عودت", "بیجا", "بی‌جا", "پناهجو",
        "پناهنده", "مهاجر", "اسکان", "خانه‌هایشان", "خانه‌های", "خانه های", "خانه‌ها", "کاشانه",
    ];

    /// <summary>Words near تن that mean weight: «۸۰۰ تن مصالح»، «۲۰ تن کمک».</summary>
    public static readonly string[] CargoNearTan =
    [
        "مصالح", "کمک", "کمک‌های", "کمک‌ها", "محموله", "بار", "کالا", "کالای", "اقلام", "گندم", "آرد", "برنج",
        "شکر", "دارو", "داروی", "غذا", "مواد", "سوخت", "گازوئیل", "زباله", "آهن", "فولاد", "سیمان", "بتن",
        "تجهیزات", "محصول", "محصولات", "خوراک", "کود", "گوشت", "میوه", "نفت", "ذغال", "زغال", "مهمات",
        "بسته", "تولید", "صادرات", "واردات", "ظرفیت",
    ];

    /// <summary>
    /// Nouns for people that a number counts with no classifier: «دو همیار طبیعت»، «یک جنگلبان»، «سه
    /// آتش‌نشان». The count is of people, but of these people only: it binds a fact's verb, not a
    /// farther noun (see CueBinder). No word here is a casualty word (کشته، مجروح، اسیر), which cues need.
    /// </summary>
    public static readonly string[] PersonNouns =
    [
        "کودک", "نوزاد", "نوجوان", "دختر", "پسر", "زن", "مرد", "سالمند", "دانش‌آموز", "دانشجو", "کارگر",
        "معدنچی", "کارمند", "سرباز", "نظامی", "غیرنظامی", "شبه‌نظامی", "جنگجو", "پلیس", "مأمور", "مامور",
        "مرزبان", "امدادگر", "آتش‌نشان", "جنگلبان", "محیط‌بان", "همیار", "چوپان", "کشاورز", "دامدار", "مسافر",
        "زائر", "سرنشین", "ملوان", "ماهیگیر", "کوهنورد", "گردشگر", "بیمار", "پزشک", "پرستار", "خبرنگار",
        "شهروند", "تبعه", "پناهجو", "مهاجر", "معترض", "راننده", "عابر", "روستایی", "شهرنشین",
        // nationals counted by their country («۱۳۰ هزار افغانستانی»، «۳۰۰ ایرانی»)
        "افغانستانی", "افغان", "ایرانی", "پاکستانی", "عراقی", "سوری", "ترکمن", "تاجیک",
    ];

    /// <summary>Units that count people: after one of these in the same sentence, a bare تن counts people too (۵۵۹ نفر، ... ۲۳ تن).</summary>
    public static readonly string[] PersonUnits = ["نفر"];

    /// <summary>Right before the amount, these words mean تن counts people (کشته شدن ۲۰ تن، بازداشت پنج تن).</summary>
    public static readonly string[] PeopleBeforeAmount =
    [
        "کشته شدن", "زخمی شدن", "مجروح شدن", "جان باختن", "کشته", "زخمی", "مجروح", "شهادت", "شهید شدن",
        "بازداشت", "دستگیری", "دستگیر شدن", "اعدام", "مرگ", "اسارت", "مفقود شدن", "ربوده شدن",
        // «شمار قربانیان به ۴۰۷ تن رسید»
        "قربانیان به", "قربانیان", "کشته‌شدگان به", "کشته‌شدگان", "جان‌باختگان به", "جان‌باختگان", "مجروحان به",
        "مجروحان", "مصدومان به", "مصدومان", "زخمی‌ها به", "مفقودان به", "فوتی‌ها به", "کشته‌ها به",
        "تلفات به", "تلفات", "شهدا به",
        // «شمار بیجاشدگان به ۱۸۲ هزار تن رسید»، «آوارگان را ۴۰ هزار تن اعلام کرد»
        "آوارگان", "بیجاشدگان", "بی‌جاشدگان", "تخلیه‌شدگان", "بازگشتگان", "عودت‌کنندگان", "مفقودان", "زخمیان",
        "اسیران", "اسرا", "بازداشت‌شدگان", "دستگیرشدگان", "پناهجویان", "مهاجران", "آسیب‌دیدگان", "سیل‌زدگان", "زلزله‌زدگان",
    ];

    /// <summary>Words between two amounts that make a range: ۱۰ تا ۱۵، ۱۹۹۲ الی ۱۹۹۴.</summary>
    public static readonly string[] RangeWords = ["تا", "الی"];

    /// <summary>Words that open a range: بین ۱۰ تا ۱۵، از ۱۰ تا ۱۵.</summary>
    public static readonly string[] RangeOpeners = ["بین", "از", "میان"];

    /// <summary>Labels whose digits are identifiers, never amounts: کد خبر 1293642.</summary>
    /// <summary>
    /// Nouns a number names rather than counts when it follows them with no unit: «تونل ۲»، «تونل شماره
    /// ۴»، «پلاک ۱۲». «در این تونل ۱۲ کارگر» still counts: a unit or a noun for people follows.
    /// </summary>
    public static readonly string[] NamingNouns =
    [
        "شماره", "تونل", "تونل های", "پلاک", "بلوک", "فاز", "سکوی", "سکو", "ایستگاه", "کارگاه", "اتاق", "سالن",
        "طبقه", "خط", "سوله", "چاه", "کوره", "واحد شماره", "بند", "ماده", "تبصره", "اصل",
    ];

    public static readonly string[] IdentifierLabels =
    [
        "کد خبر", "شناسه خبر", "کد مطلب", "شماره خبر", "شناسه", "تلفن", "شماره تماس", "تلفن تماس", "فکس",
        "کد پستی", "نمابر", "شماره تلفن", "تعداد بازدید", "تعداد نظرات", "بازدید :", "شناسه مطلب", "کد",
    ];
}

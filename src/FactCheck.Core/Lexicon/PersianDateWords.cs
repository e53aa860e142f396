using FactCheck.Values.Dates;

namespace FactCheck.Lexicon;

/// <summary>Month, weekday and relative-date words of Persian (and Dari) news, as data.</summary>
internal static class PersianDateWords
{
    public static readonly (string Name, CalendarKind Calendar, int Month)[] Months =
    [
        // Jalali
        ("فروردین", CalendarKind.Persian, 1), ("اردیبهشت", CalendarKind.Persian, 2), ("خرداد", CalendarKind.Persian, 3),
        ("تیر", CalendarKind.Persian, 4), ("مرداد", CalendarKind.Persian, 5), ("امرداد", CalendarKind.Persian, 5),
        ("شهریور", CalendarKind.Persian, 6), ("مهر", CalendarKind.Persian, 7), ("آبان", CalendarKind.Persian, 8),
        ("آذر", CalendarKind.Persian, 9), ("دی", CalendarKind.Persian, 10), ("بهمن", CalendarKind.Persian, 11),
        ("اسفند", CalendarKind.Persian, 12),
        // Afghan (Dari) names of the same solar months
        ("حمل", CalendarKind.Persian, 1), ("ثور", CalendarKind.Persian, 2), ("جوزا", CalendarKind.Persian, 3),
        ("سرطان", CalendarKind.Persian, 4), ("اسد", CalendarKind.Persian, 5), ("سنبله", CalendarKind.Persian, 6),
        ("میزان", CalendarKind.Persian, 7), ("عقرب", CalendarKind.Persian, 8), ("قوس", CalendarKind.Persian, 9),
        ("جدی", CalendarKind.Persian, 10), ("دلو", CalendarKind.Persian, 11), ("حوت", CalendarKind.Persian, 12),
        // Gregorian, every spelling in use in Iran and Afghanistan
        ("ژانویه", CalendarKind.Gregorian, 1), ("ژانویهٔ", CalendarKind.Gregorian, 1), ("جنوری", CalendarKind.Gregorian, 1),
        ("فوریه", CalendarKind.Gregorian, 2), ("فبروری", CalendarKind.Gregorian, 2),
        ("مارس", CalendarKind.Gregorian, 3), ("مارچ", CalendarKind.Gregorian, 3),
        ("آوریل", CalendarKind.Gregorian, 4), ("آپریل", CalendarKind.Gregorian, 4), ("اپریل", CalendarKind.Gregorian, 4),
        ("مه", CalendarKind.Gregorian, 5), ("می", CalendarKind.Gregorian, 5),
        ("ژوئن", CalendarKind.Gregorian, 6), ("جون", CalendarKind.Gregorian, 6),
        ("ژوئیه", CalendarKind.Gregorian, 7), ("جولای", CalendarKind.Gregorian, 7),
        ("اوت", CalendarKind.Gregorian, 8), ("آگوست", CalendarKind.Gregorian, 8), ("اگست", CalendarKind.Gregorian, 8),
        ("سپتامبر", CalendarKind.Gregorian, 9), ("سپتمبر", CalendarKind.Gregorian, 9),
        ("اکتبر", CalendarKind.Gregorian, 10), ("اکتوبر", CalendarKind.Gregorian, 10),
        ("نوامبر", CalendarKind.Gregorian, 11), ("نومبر", CalendarKind.Gregorian, 11),
        ("دسامبر", CalendarKind.Gregorian, 12), ("دسمبر", CalendarKind.Gregorian, 12),
        // Lunar Hijri
        ("محرم", CalendarKind.Hijri, 1), ("صفر", CalendarKind.Hijri, 2),
        ("ربیع‌الاول", CalendarKind.Hijri, 3), ("ربیع الاول", CalendarKind.Hijri, 3),
        ("ربیع‌الثانی", CalendarKind.Hijri, 4), ("ربیع الثانی", CalendarKind.Hijri, 4), ("ربیع‌الآخر", CalendarKind.Hijri, 4),
        ("جمادی‌الاول", CalendarKind.Hijri, 5), ("جمادی‌الاولی", CalendarKind.Hijri, 5), ("جمادی الاول", CalendarKind.Hijri, 5),
        ("جمادی‌الثانی", CalendarKind.Hijri, 6), ("جمادی‌الآخر", CalendarKind.Hijri, 6), ("جمادی الثانی", CalendarKind.Hijri, 6),
        ("رجب", CalendarKind.Hijri, 7), ("شعبان", CalendarKind.Hijri, 8), ("رمضان", CalendarKind.Hijri, 9),
        ("شوال", CalendarKind.Hijri, 10), ("ذی‌القعده", CalendarKind.Hijri, 11), ("ذیقعده", CalendarKind.Hijri, 11),
        ("ذی‌الحجه", CalendarKind.Hijri, 12), ("ذیحجه", CalendarKind.Hijri, 12),
        ("جمادی الاولی", CalendarKind.Hijri, 5), ("جمادی الآخر", CalendarKind.Hijri, 6), ("جمادی الثانیه", CalendarKind.Hijri, 6),
        // English names and abbreviations inside Persian copy and crawl banners (8 Oct 2020)
        ("January", CalendarKind.Gregorian, 1), ("Jan", CalendarKind.Gregorian, 1), ("February", CalendarKind.Gregorian, 2),
        ("Feb", CalendarKind.Gregorian, 2), ("March", CalendarKind.Gregorian, 3), ("Mar", CalendarKind.Gregorian, 3),
        ("April", CalendarKind.Gregorian, 4), ("Apr", CalendarKind.Gregorian, 4), ("May", CalendarKind.Gregorian, 5),
        ("June", CalendarKind.Gregorian, 6), ("Jun", CalendarKind.Gregorian, 6), ("July", CalendarKind.Gregorian, 7),
        ("Jul", CalendarKind.Gregorian, 7), ("August", CalendarKind.Gregorian, 8), ("Aug", CalendarKind.Gregorian, 8),
        ("September", CalendarKind.Gregorian, 9), ("Sep", CalendarKind.Gregorian, 9), ("Sept", CalendarKind.Gregorian, 9),
        ("October", CalendarKind.Gregorian, 10), ("Oct", CalendarKind.Gregorian, 10), ("November", CalendarKind.Gregorian, 11),
        ("Nov", CalendarKind.Gregorian, 11), ("December", CalendarKind.Gregorian, 12), ("Dec", CalendarKind.Gregorian, 12),
    ];

    /// <summary>Month names that are also everyday words: taken as months only with a year after them.</summary>
    public static readonly string[] NeedYear = ["مه", "می", "صفر", "اسد", "میزان", "قوس", "سرطان", "دلو", "May", "Mar"];

    /// <summary>
    /// After a digit day and one of <see cref="NeedYear"/>, words that make it a date without a year
    /// («از ۱۰ می تاکنون»، «۹ مه در کابل»): none can follow the verb prefix «می» or be counted.
    /// </summary>
    public static readonly string[] AfterYearlessMonth =
    [
        "تاکنون", "تا", "به", "در", "که", "و", "از", "امسال", "گذشته", "پارسال", "آینده", "سال", "ساعت", "شامگاه",
        "بامداد", "صبح", "عصر", "ظهر", "شب", "روز", "میلادی",
    ];

    /// <summary>Of <see cref="NeedYear"/>, the Dari months that count without a year when glued to a digit day or closing the phrase (۵میزان، «۵ میزان،»).</summary>
    public static readonly string[] AloneAfterDigits = ["اسد", "میزان", "قوس", "سرطان", "دلو"];

    /// <summary>Of those, the ones no digit day is ever counted in («۵ میزان در کابل»): a month after any digit day.</summary>
    public static readonly string[] AfterDigitDay = ["اسد", "میزان", "قوس"];

    /// <summary>
    /// After «۱۰ آبان ۲۰» the two digits may count what follows (۱۰ آبان ۲۰ خانه): they are a year only at
    /// the end of the phrase or before one of these words, which never are what is counted.
    /// </summary>
    public static readonly string[] AfterShortYear =
    [
        "در", "که", "و", "با", "به", "از", "تا", "بر", "برای", "رخ", "بود", "است", "بوده", "هم", "نیز", "را", "این", "آن",
        "توسط", "ساعت", "شامگاه", "بامداد", "صبح", "عصر", "ظهر", "شب", "غروب", "هنگام", "حدود", "بیش", "دست‌کم",
        "حداقل", "نزدیک", "رسما", "اعلام", "گفت", "شد", "شدند", "کرد", "کردند", "می", "هجری", "شمسی", "خورشیدی",
    ];

    /// <summary>
    /// The last word of an event's name: after it, a month and two digits are the event's date
    /// whatever follows («زلزله اسفند ۹۸ چمنار»، «سیل فروردین ۹۸ شیراز»), since an event is never
    /// followed by a count of its month.
    /// </summary>
    public static readonly string[] EventNouns =
    [
        "زلزله", "زمین‌لرزه", "لرزه", "ریشتری", "سیل", "سیلاب", "جنگ", "حادثه", "انفجار", "سوزی", "آتش‌سوزی", "سانحه",
        "تصادف", "حمله", "طوفان", "رانش", "ریزش", "اعتراضات", "انتخابات", "کودتا", "بمباران", "آتش‌بس", "بس",
    ];

    /// <summary>Words before a decade: «دهه ۱۹۹۰»، «دهه‌ی ۷۰».</summary>
    public static readonly string[] DecadeWords = ["دهه", "دهه‌ی", "دهه ی"];

    public static readonly (string Name, DayOfWeek Day)[] Weekdays =
    [
        ("شنبه", DayOfWeek.Saturday), ("یکشنبه", DayOfWeek.Sunday), ("یک‌شنبه", DayOfWeek.Sunday),
        ("دوشنبه", DayOfWeek.Monday), ("دو‌شنبه", DayOfWeek.Monday), ("سه‌شنبه", DayOfWeek.Tuesday),
        ("چهارشنبه", DayOfWeek.Wednesday), ("چهار‌شنبه", DayOfWeek.Wednesday), ("پنجشنبه", DayOfWeek.Thursday),
        ("پنج‌شنبه", DayOfWeek.Thursday), ("جمعه", DayOfWeek.Friday), ("آدینه", DayOfWeek.Friday),
    ];

    /// <summary>Days relative to publication: امروز is the publication day, دیروز one before; some name a part of the day.</summary>
    public static readonly (string Phrase, int Offset, PartOfDay? Part)[] RelativeDays =
    [
        ("امروز", 0, null), ("امشب", 0, PartOfDay.Night), ("دیروز", -1, null), ("دیشب", -1, PartOfDay.Night),
        ("پریروز", -2, null), ("فردا", 1, null), ("پس‌فردا", 2, null),
        ("شب گذشته", -1, PartOfDay.Night), ("شب قبل", -1, PartOfDay.Night), ("بامداد امروز", 0, PartOfDay.Dawn),
        ("صبح امروز", 0, PartOfDay.Morning), ("ظهر امروز", 0, PartOfDay.Noon), ("عصر امروز", 0, PartOfDay.Afternoon),
        ("بامداد دیروز", -1, PartOfDay.Dawn), ("صبح دیروز", -1, PartOfDay.Morning), ("ظهر دیروز", -1, PartOfDay.Noon),
        ("عصر دیروز", -1, PartOfDay.Afternoon), ("شامگاه دیروز", -1, PartOfDay.Evening), ("غروب دیروز", -1, PartOfDay.Evening),
        ("شامگاه امروز", 0, PartOfDay.Evening), ("غروب امروز", 0, PartOfDay.Evening),
    ];

    /// <summary>
    /// Parts of the day; <c>AfterHour</c> marks those that may follow a bare hour (۵ بامداد، ۹ صبح):
    /// «۳ شب» is three nights, so شب needs «ساعت» before the hour.
    /// </summary>
    public static readonly (string Phrase, PartOfDay Part, bool AfterHour)[] PartsOfDay =
    [
        ("بامداد", PartOfDay.Dawn, true), ("سحر", PartOfDay.Dawn, false), ("سحرگاه", PartOfDay.Dawn, false),
        ("صبح", PartOfDay.Morning, true), ("صبحگاه", PartOfDay.Morning, false), ("پیش از ظهر", PartOfDay.Morning, true),
        ("قبل از ظهر", PartOfDay.Morning, true), ("ظهر", PartOfDay.Noon, true), ("بعدازظهر", PartOfDay.Afternoon, true),
        ("بعد از ظهر", PartOfDay.Afternoon, true), ("عصر", PartOfDay.Afternoon, true), ("غروب", PartOfDay.Evening, true),
        ("شامگاه", PartOfDay.Evening, true), ("شب", PartOfDay.Night, false), ("شبانگاه", PartOfDay.Night, false),
        ("نیمه شب", PartOfDay.Night, false),
    ];

    /// <summary>The words of a clock time: «ساعت ۲۱ و ۴۸ دقیقه».</summary>
    public const string Hour = "ساعت";
    public const string Minute = "دقیقه";
    public const string Second = "ثانیه";

    /// <summary>Weeks, months and years relative to publication (0 this, -1 last, +1 next).</summary>
    public static readonly (string Phrase, DatePrecision Unit, int Offset)[] RelativePeriods =
    [
        ("هفته گذشته", DatePrecision.Week, -1), ("هفته پیش", DatePrecision.Week, -1), ("هفته قبل", DatePrecision.Week, -1),
        ("هفته جاری", DatePrecision.Week, 0), ("این هفته", DatePrecision.Week, 0), ("هفته آینده", DatePrecision.Week, 1),
        ("هفته بعد", DatePrecision.Week, 1),
        ("ماه گذشته", DatePrecision.Month, -1), ("ماه پیش", DatePrecision.Month, -1), ("ماه قبل", DatePrecision.Month, -1),
        ("ماه جاری", DatePrecision.Month, 0), ("این ماه", DatePrecision.Month, 0), ("ماه آینده", DatePrecision.Month, 1),
        ("سال گذشته", DatePrecision.Year, -1), ("سال پیش", DatePrecision.Year, -1), ("سال قبل", DatePrecision.Year, -1),
        ("پارسال", DatePrecision.Year, -1), ("سال جاری", DatePrecision.Year, 0), ("امسال", DatePrecision.Year, 0),
        ("این سال", DatePrecision.Year, 0), ("سال آینده", DatePrecision.Year, 1), ("سال بعد", DatePrecision.Year, 1),
        ("سال آتی", DatePrecision.Year, 1),
    ];

    /// <summary>Words after a year that name its calendar.</summary>
    public static readonly (string Phrase, CalendarKind Calendar)[] Eras =
    [
        ("میلادی", CalendarKind.Gregorian), ("شمسی", CalendarKind.Persian), ("هجری شمسی", CalendarKind.Persian),
        ("خورشیدی", CalendarKind.Persian), ("هجری خورشیدی", CalendarKind.Persian), ("هجری قمری", CalendarKind.Hijri),
        ("قمری", CalendarKind.Hijri),
        // abbreviated: «۱۳۹۹ ه.ش»، «۱۴۴۲ ه.ق»، «۲۰۲۰ م»
        ("ه.ش", CalendarKind.Persian), ("ه ش", CalendarKind.Persian), ("ه. ش", CalendarKind.Persian),
        ("ه.ق", CalendarKind.Hijri), ("ه ق", CalendarKind.Hijri), ("ه. ق", CalendarKind.Hijri), ("م", CalendarKind.Gregorian),
    ];

    public static readonly (string Phrase, DurationUnit Unit)[] DurationUnits =
    [
        ("روز", DurationUnit.Day), ("روزه", DurationUnit.Day), ("شبانه روز", DurationUnit.Day),
        ("هفته", DurationUnit.Week), ("هفته‌ای", DurationUnit.Week),
        ("ماه", DurationUnit.Month), ("ماهه", DurationUnit.Month),
        ("سال", DurationUnit.Year), ("ساله", DurationUnit.Year),
        ("ساعت", DurationUnit.Hour), ("ساعته", DurationUnit.Hour), ("دقیقه", DurationUnit.Minute),
        ("دقیقه‌ای", DurationUnit.Minute), ("ثانیه", DurationUnit.Second), ("ثانیه‌ای", DurationUnit.Second),
    ];

    /// <summary>Words that stand between a day and its month or before a year, and are skipped.</summary>
    public const string Day = "روز";
    public const string Month = "ماه";
    public const string Year = "سال";
    public const string Years = "سالهای";
}

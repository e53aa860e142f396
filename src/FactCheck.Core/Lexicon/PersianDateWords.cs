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
    ];

    /// <summary>Month names that are also everyday words: taken as months only with a year after them.</summary>
    public static readonly string[] NeedYear = ["مه", "می", "صفر", "اسد", "میزان", "قوس", "سرطان", "دلو"];

    public static readonly (string Name, DayOfWeek Day)[] Weekdays =
    [
        ("شنبه", DayOfWeek.Saturday), ("یکشنبه", DayOfWeek.Sunday), ("یک‌شنبه", DayOfWeek.Sunday),
        ("دوشنبه", DayOfWeek.Monday), ("دو‌شنبه", DayOfWeek.Monday), ("سه‌شنبه", DayOfWeek.Tuesday),
        ("چهارشنبه", DayOfWeek.Wednesday), ("چهار‌شنبه", DayOfWeek.Wednesday), ("پنجشنبه", DayOfWeek.Thursday),
        ("پنج‌شنبه", DayOfWeek.Thursday), ("جمعه", DayOfWeek.Friday), ("آدینه", DayOfWeek.Friday),
    ];

    /// <summary>Days relative to publication: امروز is the publication day, دیروز one before.</summary>
    public static readonly (string Phrase, int Offset)[] RelativeDays =
    [
        ("امروز", 0), ("امشب", 0), ("دیروز", -1), ("دیشب", -1), ("پریروز", -2), ("فردا", 1), ("پس‌فردا", 2),
    ];

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
    ];

    public static readonly (string Phrase, DurationUnit Unit)[] DurationUnits =
    [
        ("روز", DurationUnit.Day), ("روزه", DurationUnit.Day), ("شبانه روز", DurationUnit.Day),
        ("هفته", DurationUnit.Week), ("هفته‌ای", DurationUnit.Week),
        ("ماه", DurationUnit.Month), ("ماهه", DurationUnit.Month),
        ("سال", DurationUnit.Year), ("ساله", DurationUnit.Year),
    ];

    /// <summary>Words that stand between a day and its month or before a year, and are skipped.</summary>
    public const string Day = "روز";
    public const string Month = "ماه";
    public const string Year = "سال";
    public const string Years = "سالهای";
}

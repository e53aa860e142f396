namespace FactCheck.Lexicon;

/// <summary>How Persian news says when a figure was counted, as data.</summary>
internal static class PersianAsOfWords
{
    /// <summary>Opens an as-of phrase when a day or a time follows: «تا ساعت ۱۷ امروز», «تا عصر دیروز».</summary>
    /// The first is the bare word, which also opens «تا» + a part of the day.
    public static readonly string[] Until = ["تا", "تا پایان", "تا پایان روز"];

    /// <summary>The figure is the latest at the moment of writing: the publication moment.</summary>
    public static readonly string[] Now =
    [
        "تاکنون", "تا کنون", "تا این لحظه", "تا این ساعت", "تا لحظه تنظیم این خبر", "تا لحظه تنظیم خبر", "تا به حال",
        "تا به این لحظه", "هم اکنون", "هم‌اکنون", "آخرین آمار", "آخرین آمار رسمی", "تا امروز",
    ];

    /// <summary>Words an as-of phrase may hold between its parts: «تا پایان روز دوشنبه».</summary>
    public static readonly string[] Fillers = ["روز", "ماه"];

    /// <summary>The word before a bare hour: «ساعت ۱۷».</summary>
    public static readonly string[] Hour = ["ساعت"];

    /// <summary>Parts of the day, as the minutes they span (a figure «تا عصر» is counted some time then).</summary>
    public static readonly (string Word, int FromMinute, int ToMinute)[] PartsOfDay =
    [
        ("بامداد", 0, (6 * 60) - 1),
        ("سحر", 3 * 60, (6 * 60) - 1),
        ("صبح", 5 * 60, (12 * 60) - 1),
        ("پیش از ظهر", 8 * 60, (12 * 60) - 1),
        ("ظهر", 11 * 60, (14 * 60) - 1),
        ("بعد از ظهر", 12 * 60, (18 * 60) - 1),
        ("بعدازظهر", 12 * 60, (18 * 60) - 1),
        ("عصر", 15 * 60, (19 * 60) - 1),
        ("غروب", 17 * 60, (20 * 60) - 1),
        ("شامگاه", 18 * 60, (22 * 60) - 1),
        ("شب", 19 * 60, (24 * 60) - 1),
        ("نیمه شب", 24 * 60, 24 * 60), // midnight ends the night it names: «نیمه‌شب گذشته» is 00:00 today
        ("امشب", 19 * 60, (24 * 60) - 1),
    ];
}

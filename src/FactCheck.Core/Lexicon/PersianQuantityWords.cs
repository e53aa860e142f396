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
        ("هکتار", Unit.Hectare, 1m),
        ("کیلومتر مربع", Unit.Hectare, 100m), ("متر مربع", Unit.Hectare, 0.0001m),
        ("کیلومتر", Unit.Kilometre, 1m), ("متر", Unit.Kilometre, 0.001m),
        ("درصد", Unit.Percent, 1m),
        ("دلار", Unit.Money("USD"), 1m), ("یورو", Unit.Money("EUR"), 1m), ("ریال", Unit.Money("IRR"), 1m),
        ("تومان", Unit.Money("IRT"), 1m), ("روبل", Unit.Money("RUB"), 1m), ("منات", Unit.Money("AZN"), 1m),
        ("درام", Unit.Money("AMD"), 1m),
    ];

    /// <summary>After تن, these words mean people were counted (۲۰ تن کشته شدند، هفت تن دیگر).</summary>
    public static readonly string[] PeopleAfterTan =
    [
        "کشته", "زخمی", "مجروح", "دیگر", "از", "شهید", "بازداشت", "دستگیر", "زندانی", "اسیر", "مفقود",
        "جان", "نیز", "هم", "را", "که",
    ];

    /// <summary>Right before the amount, these words mean تن counts people (کشته شدن ۲۰ تن، بازداشت پنج تن).</summary>
    public static readonly string[] PeopleBeforeAmount =
    [
        "کشته شدن", "زخمی شدن", "مجروح شدن", "جان باختن", "کشته", "زخمی", "مجروح", "شهادت", "شهید شدن",
        "بازداشت", "دستگیری", "دستگیر شدن", "اعدام", "مرگ", "اسارت", "مفقود شدن", "ربوده شدن",
    ];

    /// <summary>Words between two amounts that make a range: ۱۰ تا ۱۵، ۱۹۹۲ الی ۱۹۹۴.</summary>
    public static readonly string[] RangeWords = ["تا", "الی"];

    /// <summary>Words that open a range: بین ۱۰ تا ۱۵، از ۱۰ تا ۱۵.</summary>
    public static readonly string[] RangeOpeners = ["بین", "از", "میان"];

    /// <summary>Labels whose digits are identifiers, never amounts: کد خبر 1293642.</summary>
    public static readonly string[] IdentifierLabels =
    [
        "کد خبر", "شناسه خبر", "کد مطلب", "شماره خبر", "شناسه", "تلفن", "شماره تماس", "تلفن تماس", "فکس",
        "کد پستی", "نمابر", "شماره تلفن",
    ];
}

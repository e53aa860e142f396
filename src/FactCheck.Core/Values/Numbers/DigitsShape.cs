namespace FactCheck.Values.Numbers;

/// <summary>What a run of digits with separators is.</summary>
internal enum DigitsShape
{
    /// <summary>48000, 48,000, ۱،۵۰۰.</summary>
    Integer,

    /// <summary>۱.۵، ۱٫۵، ۱/۵ (a slash is a decimal point in Persian).</summary>
    Decimal,

    /// <summary>۲۳:۵۶.</summary>
    Time,

    /// <summary>Three groups: ۱۴۰۰/۰۸/۱۰، 2020-11-09.</summary>
    Date,

    /// <summary>1992-1994.</summary>
    Range,

    /// <summary>An integer of more than 28 digits: beyond what a decimal holds, read as «at least 10^28».</summary>
    Huge,

    /// <summary>Anything else: never guessed at.</summary>
    Other,
}

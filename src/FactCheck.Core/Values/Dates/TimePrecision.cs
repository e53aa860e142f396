namespace FactCheck.Values.Dates;

/// <summary>How much of a time of day the text commits to.</summary>
public enum TimePrecision
{
    /// <summary>Only a part of the day: «شامگاه یکشنبه».</summary>
    PartOfDay,

    /// <summary>An hour: «ساعت ۹ صبح»، «۵ بامداد».</summary>
    Hour,

    /// <summary>An hour and minute: «ساعت ۲۱ و ۴۸ دقیقه»، «۲۱:۴۸».</summary>
    Minute,
}

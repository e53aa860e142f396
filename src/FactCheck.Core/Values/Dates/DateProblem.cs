namespace FactCheck.Values.Dates;

/// <summary>Why a date cannot be taken at face value.</summary>
public enum DateProblem
{
    None,

    /// <summary>No such day: ۳۱ اسفند ۱۴۰۲، ۳۰ فوریه ۲۰۲۱. Never shifted to a neighbour.</summary>
    InvalidDate,

    /// <summary>The weekday named does not fall on the date (روز سه شنبه ۱۰ آبان ۱۴۰۰ is a Monday).</summary>
    WeekdayMismatch,

    /// <summary>Relative (دیروز، سال گذشته) with no publication date to resolve it against.</summary>
    Unresolved,

    /// <summary>A date restated in brackets, as in another calendar, names another day: «۱۲ نوامبر (۲۳ آبان)».</summary>
    DateClash,

    /// <summary>A year outside the calendars' supported range (۹ نوامبر ۱۷۹۹): located, never taken as the publication year.</summary>
    UnsupportedYear,
}

namespace FactCheck.Reporting.Html;

/// <summary>What the vertical axis of a fact's timeline measures: claims of another kind cannot be drawn on it.</summary>
internal enum ChartAxis
{
    /// <summary>An amount, in its canonical unit.</summary>
    Amount,

    /// <summary>A calendar day, as a day number.</summary>
    Day,

    /// <summary>A duration, in days.</summary>
    Days,

    /// <summary>A time of day, in minutes since midnight.</summary>
    Clock,
}

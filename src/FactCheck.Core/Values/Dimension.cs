namespace FactCheck.Values;

/// <summary>What a unit measures; rules ask for a quantity of one dimension.</summary>
public enum Dimension
{
    Count,
    People,
    Mass,
    Area,
    Length,
    Ratio,
    Money,
    Time,

    /// <summary>An earthquake's magnitude (ریشتر): a reading on a scale, not an amount of anything.</summary>
    Magnitude,
    Volume,
    Power,
}

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
}

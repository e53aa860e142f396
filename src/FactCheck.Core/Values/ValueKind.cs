namespace FactCheck.Values;

/// <summary>What a recognized value is. The names printed by <c>scan</c> are part of the public contract.</summary>
public enum ValueKind
{
    Number,
    Percent,
    Ordinal,
    Range,
    Date,
    Duration,
    Time,
}

namespace FactCheck.Values;

/// <summary>A value with the tokens [FirstToken, EndToken) it was read from: rules measure distance in tokens.</summary>
public readonly record struct PlacedValue(Value Value, int FirstToken, int EndToken);

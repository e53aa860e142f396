namespace FactCheck.Values.Numbers;

/// <summary>A unit as written, with the factor to its canonical unit.</summary>
internal sealed record UnitWord(Unit Unit, decimal Factor);

using FactCheck.Values.Dates;

namespace FactCheck.Rules;

/// <summary>One part of a fact's key: claims with the same rule and key are about the same fact.</summary>
public sealed record KeyPart(string Name, KeyPartKind Kind, string? Text, IReadOnlyList<string> Words, DatePrecision Period, bool Required);

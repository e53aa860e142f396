namespace FactCheck.Rules;

/// <summary>A rule's title in Persian and English.</summary>
public sealed record LocalizedTitle(string Fa, string En);

namespace FactCheck.Claims;

/// <summary>A sentence as the tokens [First, End).</summary>
internal readonly record struct Sentence(int First, int End);

using FactCheck.Diagnostics;

namespace FactCheck.Rules;

/// <summary>
/// A sentence and the claim it must yield (or must not): checked when rules load, so a rule that can
/// never match fails the rule author, not a user's CI.
/// </summary>
/// <param name="Value">The nominal amount (or duration) expected, for quantity and duration rules.</param>
/// <param name="Date">The first day expected, for date rules.</param>
/// <param name="Key">The fact key expected, when the rule has key parts.</param>
/// <param name="None">The sentence must yield no claim.</param>
public sealed record RuleExample(string Text, DateOnly? Published, decimal? Value, DateOnly? Date, string? Key, bool None, SourceLocation Location);

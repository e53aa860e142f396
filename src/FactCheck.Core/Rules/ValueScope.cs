namespace FactCheck.Rules;

/// <summary>
/// Which values can be about a rule's fact at all: the trilateral statement of November 2020 is not
/// the 11 January 2021 one. A value outside it is about some other fact, not a disagreement.
/// </summary>
public sealed record ValueScope(DateOnly? From, DateOnly? To, decimal? Min, decimal? Max);

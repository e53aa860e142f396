namespace FactCheck.Values.Numbers;

/// <summary>One entry of the number-word lexicon.</summary>
/// <param name="Weak">A word that is also an ordinary word (یک as "a", نه as "not"): a number only in company.</param>
internal sealed record NumberWord(NumberWordRole Role, decimal Value, bool Ordinal = false, decimal Max = 0, bool Weak = false);

namespace FactCheck.Rules;

/// <summary>
/// A fact that follows from a duration claim and another fact's date, declared in the duration's
/// rule: a 44-day war that ended with the 9 November statement began around 26 September.
/// </summary>
/// <param name="Fact">The rule id of the fact implied (war-start).</param>
/// <param name="Anchor">The rule id of the fact counted from (ceasefire-statement).</param>
/// <param name="Backward">Counting back from the anchor (it ends the duration) or on from it (it starts it).</param>
public sealed record Implication(string Fact, string Anchor, bool Backward);

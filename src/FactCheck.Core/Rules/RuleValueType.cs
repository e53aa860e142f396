namespace FactCheck.Rules;

/// <summary>What kind of value a rule's claims carry. Written in rule files as <c>quantity</c>, <c>date</c>, <c>duration</c>.</summary>
public enum RuleValueType
{
    Quantity,
    Date,
    Duration,
}

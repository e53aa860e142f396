namespace FactCheck.Consistency;

/// <summary>How much a finding matters. Ordered: a lower value is more severe.</summary>
public enum Severity
{
    Error,
    Warning,
    Note,
}

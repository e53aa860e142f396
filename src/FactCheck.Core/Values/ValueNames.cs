namespace FactCheck.Values;

/// <summary>The names values go by in every output format: a public contract, never renamed.</summary>
public static class ValueNames
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Percent => "percent",
        ValueKind.Ordinal => "ordinal",
        ValueKind.Range => "range",
        ValueKind.Date => "date",
        ValueKind.Duration => "duration",
        ValueKind.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.AtMost => "at-most",
        Qualifier.About => "about",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>A decimal without trailing zeros (1500000, not 1500000.0).</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;
}

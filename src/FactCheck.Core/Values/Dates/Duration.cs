using FactCheck.Text;

namespace FactCheck.Values.Dates;

/// <summary>A length of time: ۴۴ روزه، دو ماه، نزدیک به ۳۰ سال. Bounds as for amounts.</summary>
public sealed record Duration(
    TextSpan Span,
    decimal? Nominal,
    decimal? Min,
    decimal? Max,
    DurationUnit Unit,
    Qualifier Qualifier) : Value(ValueKind.Duration, Span);

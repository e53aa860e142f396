using FactCheck.Text;

namespace FactCheck.Values;

/// <summary>
/// An amount as a reader may honestly take it: <see cref="Nominal"/> is what the text says (null for
/// a range or a vague amount such as «ده‌ها»); <see cref="Min"/> and <see cref="Max"/> bound what it
/// can mean, after qualifiers and rounding (null when unbounded).
/// </summary>
public sealed record Quantity(
    ValueKind Kind,
    TextSpan Span,
    decimal? Nominal,
    decimal? Min,
    decimal? Max,
    Unit? Unit,
    Qualifier Qualifier) : Value(Kind, Span);

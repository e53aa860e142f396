using FactCheck.Text;

namespace FactCheck.Values;

/// <summary>A clock time such as ۲۳:۵۶: never an amount to compare.</summary>
public sealed record TimeOfDay(TextSpan Span, int Hour, int Minute) : Value(ValueKind.Time, Span);

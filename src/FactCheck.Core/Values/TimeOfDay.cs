using FactCheck.Text;
using FactCheck.Values.Dates;

namespace FactCheck.Values;

/// <summary>
/// A clock time with no date beside it (۲۳:۵۶، ساعت ۹ صبح): never an amount to compare. Hour is on
/// the 24-hour clock; Minute is 0 when only the hour is written (<see cref="Precision"/> says which).
/// </summary>
public sealed record TimeOfDay(TextSpan Span, int Hour, int Minute, PartOfDay? Part = null, TimePrecision Precision = TimePrecision.Minute)
    : Value(ValueKind.Time, Span);

using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Consistency;

/// <summary>
/// What a claim can honestly mean, as a closed interval of comparable numbers: amounts in their
/// canonical unit, durations in days, dates as day numbers. A month-precision date is the whole month;
/// «بیش از ۴۸ هزار» is open above; a rounded figure covers its rounding; the rule's tolerance widens all.
/// </summary>
internal readonly record struct ClaimInterval(decimal Lo, decimal Hi)
{
    public bool Overlaps(ClaimInterval other) => Lo <= other.Hi && other.Lo <= Hi;

    public bool Contains(decimal point) => Lo <= point && point <= Hi;

    public static ClaimInterval? Of(Claim claim, Rule rule) => claim.Value switch
    {
        Quantity q => Widen(q.Min, q.Max, q.Nominal, q.Qualifier, rule.Tolerance),
        Duration d => Days(d, rule.Tolerance),
        DateValue { From: { } from, To: { } to, Problem: DateProblem.None or DateProblem.WeekdayMismatch } =>
            new ClaimInterval(from.DayNumber - rule.Tolerance, to.DayNumber + rule.Tolerance),
        _ => null, // unresolved or impossible dates are reported, not compared
    };

    /// <summary>Duration bounds in days; a month is 28 to 31 days, a year 365 to 366, and a day count may be inclusive or not.</summary>
    public static ClaimInterval? Days(Duration d, decimal tolerance = 0)
    {
        var slack = d.Unit == DurationUnit.Day ? 1 : 0;
        var interval = Widen(d.Min, d.Max, d.Nominal, d.Qualifier, tolerance);
        return interval is { } i
            ? new ClaimInterval(
                i.Lo == decimal.MinValue ? 0 : DurationUnits.Days(d.Unit, i.Lo).Shortest - slack,
                i.Hi == decimal.MaxValue ? decimal.MaxValue : DurationUnits.Days(d.Unit, i.Hi).Longest + slack)
            : null;
    }

    private static ClaimInterval? Widen(decimal? min, decimal? max, decimal? nominal, Qualifier qualifier, decimal tolerance)
    {
        if (min is null && max is null)
        {
            return null;
        }

        var lo = min ?? decimal.MinValue;
        var hi = max ?? decimal.MaxValue;
        // «حدود» takes the rule's tolerance when the rule sets one wider than the default spread.
        if (qualifier == Qualifier.About && nominal is { } n && tolerance > 0)
        {
            lo = Math.Min(lo, n * (1 - tolerance));
            hi = Math.Max(hi, n * (1 + tolerance));
        }

        if (tolerance > 0)
        {
            lo = lo == decimal.MinValue ? lo : lo - (Math.Abs(lo) * tolerance);
            hi = hi == decimal.MaxValue ? hi : hi + (Math.Abs(hi) * tolerance);
        }

        return new ClaimInterval(lo, hi);
    }
}

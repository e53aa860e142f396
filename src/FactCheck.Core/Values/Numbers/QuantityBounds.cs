namespace FactCheck.Values.Numbers;

/// <summary>
/// What an amount can honestly mean. A figure written with a scale word, a decimal or trailing
/// zeros (۴۸ هزار، ۱.۵ میلیون، ۸۰۰) covers its rounding; «حدود» widens that to ±10%; «بیش از» and its
/// kin open one side.
/// </summary>
internal static class QuantityBounds
{
    /// <summary>The spread «حدود» and its kin are given before a rule sets its own tolerance.</summary>
    public const decimal AboutSpread = 0.10m;

    public static (decimal? Min, decimal? Max) Of(Cardinal c, Qualifier qualifier)
    {
        var v = c.Value;
        var low = v;
        var high = v;
        if (!c.Ordinal && c.Resolution != 1 && (c.Approximate || v >= 100))
        {
            low = v - (c.Resolution / 2);
            high = v + (c.Resolution / 2);
        }

        return qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => (v, null),
            Qualifier.LessThan or Qualifier.AtMost => (null, v),
            Qualifier.About => (Math.Min(low, v * (1 - AboutSpread)), Math.Max(high, v * (1 + AboutSpread))),
            _ => (low, high),
        };
    }
}

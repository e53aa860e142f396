namespace FactCheck.Values.Numbers;

/// <summary>
/// What an amount can honestly mean. A figure is rounded only where its writing shows it: a scale
/// word (۴۸ هزار، ۱.۵ میلیون) or two or more trailing zeros (۸۰۰، ۳۰۰۰) cover their rounding, while
/// ۶۲۰, ۱۹۳۰ and a decimal (۷.۳ is not ۷.۲) are exact to the digit written. «حدود» widens to ±10%;
/// «بیش از» and its kin open one side.
/// </summary>
internal static class QuantityBounds
{
    /// <summary>The spread «حدود» and its kin are given before a rule sets its own tolerance.</summary>
    public const decimal AboutSpread = 0.10m;

    /// <summary>Two trailing zeros: the least that shows a figure was rounded.</summary>
    private const decimal RoundedFrom = 100;

    public static (decimal? Min, decimal? Max) Of(Cardinal c, Qualifier qualifier)
    {
        var v = c.Value;
        var low = v;
        var high = v;
        if (!c.Ordinal && (c.TrailingScale != 0 || c.Resolution >= RoundedFrom))
        {
            low = v - (c.Resolution / 2);
            high = v + (c.Resolution / 2);
        }

        return qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => (v, null),
            Qualifier.LessThan or Qualifier.AtMost => (null, v),
            Qualifier.Nearly => (v * (1 - AboutSpread), v),
            Qualifier.About => (Math.Min(low, v * (1 - AboutSpread)), Math.Max(high, v * (1 + AboutSpread))),
            Qualifier.Exact => (low, high),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
        };
    }
}

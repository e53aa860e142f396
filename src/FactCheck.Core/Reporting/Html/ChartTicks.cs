using System.Globalization;
using FactCheck.Values;

namespace FactCheck.Reporting.Html;

/// <summary>
/// Ticks for a timeline's vertical axis, with their labels: round numbers (1, 2, 2.5 or 5 times a
/// power of ten), clock times, or calendar days (days, first days of months, first days of years).
/// The ticks cover the values: the first at or below the lowest, the last at or above the highest.
/// </summary>
internal static class ChartTicks
{
    /// <summary>About this many intervals between ticks: enough to read a value, few enough to fit a narrow screen.</summary>
    public const int Intervals = 4;

    private const double DaysPerMonth = 30.44;
    private const double DaysPerYear = 365.25;
    private static readonly double[] DaySteps = [1, 2, 7, 14];
    private static readonly int[] MonthSteps = [1, 2, 3, 6];
    private static readonly double[] Multiples = [1, 2, 2.5, 5, 10];

    public static IReadOnlyList<(double Value, string Label)> For(ChartAxis axis, double low, double high) => axis switch
    {
        ChartAxis.Day => Calendar(low, high),
        ChartAxis.Clock => [.. Round(low, high).Select(t => (t, string.Create(CultureInfo.InvariantCulture, $"{(int)t / 60 % 24:00}:{(int)t % 60:00}")))],
        ChartAxis.Amount or ChartAxis.Days => Numbers(low, high),
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "an axis without its ticks"),
    };

    /// <summary>The shortest of 1, 2, 7 or 14 days, or a whole number of months or years, at least <paramref name="days"/> long.</summary>
    public static double DayStep(double days) =>
        days <= DaySteps[^1] ? DaySteps.First(s => s >= days)
        : days <= 6 * DaysPerMonth ? Math.Ceiling(days / DaysPerMonth) * DaysPerMonth
        : Math.Ceiling(days / DaysPerYear) * DaysPerYear;

    private static List<(double, string)> Numbers(double low, double high)
    {
        var ticks = Round(low, high);
        var step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
        return [.. ticks.Select(t => (t, Number(t, step)))];
    }

    private static List<double> Round(double low, double high)
    {
        var rough = Math.Max(high - low, 1e-9) / Intervals;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Multiples.Select(m => m * power).First(s => s >= rough * (1 - 1e-9));
        var first = Math.Floor(low / step);
        var last = Math.Ceiling(high / step);
        return [.. Enumerable.Range(0, (int)(last - first) + 1).Select(i => (first + i) * step)];
    }

    // Days a few apart are named in full; longer spans by the first days of months (2020-11) or years (2020).
    private static List<(double, string)> Calendar(double low, double high)
    {
        var rough = Math.Max(high - low, 1) / Intervals;
        var from = DateOnly.FromDayNumber((int)Math.Floor(low));
        var to = DateOnly.FromDayNumber((int)Math.Ceiling(high));
        var ticks = new List<(double, string)>();
        if (rough <= DaySteps[^1])
        {
            var step = (int)DaySteps.First(s => s >= rough);
            for (var day = from.DayNumber / step * step; ; day += step)
            {
                ticks.Add((day, ValueNames.Iso(DateOnly.FromDayNumber(day))));
                if (day >= to.DayNumber)
                {
                    return ticks;
                }
            }
        }

        if (rough <= MonthSteps[^1] * DaysPerMonth)
        {
            var step = MonthSteps.First(s => s * DaysPerMonth >= rough);
            for (var month = new DateOnly(from.Year, ((from.Month - 1) / step * step) + 1, 1); ; month = month.AddMonths(step))
            {
                ticks.Add((month.DayNumber, month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
                if (month >= to)
                {
                    return ticks;
                }
            }
        }

        var years = Math.Max(1, (int)Round(0, rough / DaysPerYear * Intervals)[1]);
        for (var year = new DateOnly(Math.Max(1, from.Year / years * years), 1, 1); ; year = year.AddYears(years))
        {
            ticks.Add((year.DayNumber, year.Year.ToString(CultureInfo.InvariantCulture)));
            if (year >= to || year.Year + years > DateOnly.MaxValue.Year)
            {
                return ticks;
            }
        }
    }

    // As few characters as the step needs: 48k, 1.2M, 6.5.
    private static string Number(double value, double step)
    {
        var (scale, suffix) = Math.Abs(value) switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "G"),
            >= 1e6 => (1e6, "M"),
            >= 1e4 => (1e3, "k"),
            _ => (1.0, string.Empty),
        };

        // as many decimals as the step has: 2.5 needs one, 0.25 two, 5,000 in thousands none
        var scaled = step / scale;
        var decimals = Enumerable.Range(0, 6).FirstOrDefault(d => Math.Abs((scaled * Math.Pow(10, d)) - Math.Round(scaled * Math.Pow(10, d))) < 1e-6, 6);
        return (value / scale).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + suffix;
    }
}

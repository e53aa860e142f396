using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Reporting.Html;

/// <summary>
/// Where a claim's value stands on its fact's vertical axis: the point drawn (<see cref="Mid"/>) and
/// the interval the text can honestly mean (<see cref="Low"/>..<see cref="High"/>; null for an open end).
/// </summary>
internal readonly record struct ChartPosition(ChartAxis Axis, double Mid, double? Low, double? High)
{
    /// <summary>The position of a value; null when it names no point (a range open at both ends, an unresolved date).</summary>
    public static ChartPosition? Of(Value value) => value switch
    {
        Quantity q => Amount(ChartAxis.Amount, q.Nominal, q.Min, q.Max),
        DateValue { From: { } from, To: { } to } => new ChartPosition(
            ChartAxis.Day, (from.DayNumber + to.DayNumber) / 2.0, from.DayNumber, to.DayNumber),
        DateValue => null,
        Duration d => Amount(
            ChartAxis.Days,
            d.Nominal is { } n ? Middle(DurationUnits.Days(d.Unit, n)) : null,
            d.Min is { } min ? DurationUnits.Days(d.Unit, min).Shortest : null,
            d.Max is { } max ? DurationUnits.Days(d.Unit, max).Longest : null),
        TimeOfDay t => new ChartPosition(ChartAxis.Clock, (t.Hour * 60) + t.Minute, (t.Hour * 60) + t.Minute, (t.Hour * 60) + t.Minute),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "a kind of value the timeline cannot place"),
    };

    private static ChartPosition? Amount(ChartAxis axis, decimal? nominal, decimal? min, decimal? max)
    {
        var mid = nominal ?? (min is { } lo && max is { } hi ? (lo + hi) / 2 : min ?? max);
        return mid is { } m ? new ChartPosition(axis, (double)m, (double?)min, (double?)max) : null;
    }

    private static decimal Middle((decimal Shortest, decimal Longest) days) => (days.Shortest + days.Longest) / 2;
}

using System.Globalization;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Reporting;

/// <summary>A value in one line of plain text, for the text formats.</summary>
public static class ValueText
{
    public static string Describe(Value value) => value switch
    {
        Quantity q => Invariant($"{Number(q.Nominal)} [{Number(q.Min)} .. {Number(q.Max)}] {q.Unit?.Code ?? "-"} {ValueNames.Of(q.Qualifier)}"),
        DateValue d => Invariant($"{Day(d.From)}..{Day(d.To)} {ValueNames.Of(d.Precision)} {ValueNames.Of(d.Calendar)}{(d.Relative ? " relative" : "")}{(d.Problem == DateProblem.None ? "" : " " + ValueNames.Of(d.Problem))}{(d.Time is { } t ? " at " + Clock(t) : "")}"),
        Duration u => Invariant($"{Number(u.Nominal)} [{Number(u.Min)} .. {Number(u.Max)}] {DurationUnits.Name(u.Unit)} {ValueNames.Of(u.Qualifier)}"),
        TimeOfDay t => Invariant($"{t.Hour:00}:{t.Minute:00}"),
        _ => value.Kind.ToString(),
    };

    /// <summary>«ساعت ۱۷ عصر» as 17:--, «ساعت ۵:۳۰» as 05:30, a part of day alone by its name.</summary>
    public static string Clock(DayTime t)
    {
        var part = t.Part is { } p ? " " + ValueNames.Of(p) : string.Empty;
        return t.Hour is { } h
            ? Invariant($"{h:00}:{(t.Minute is { } m ? m.ToString("00", CultureInfo.InvariantCulture) : "--")}{part}")
            : part.TrimStart();
    }

    public static string Day(DateOnly? d) => d is { } day ? ValueNames.Iso(day) : "?";

    public static string Number(decimal? n) =>
        n is { } v ? ValueNames.Canonical(v).ToString(CultureInfo.InvariantCulture) : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

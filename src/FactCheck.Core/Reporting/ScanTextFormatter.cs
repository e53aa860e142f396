using System.Globalization;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Reporting;

/// <summary><c>scan --format text</c>: one readable line per value, for rule authors at a terminal.</summary>
public sealed class ScanTextFormatter(TextWriter output) : IScanFormatter
{
    public void Write(int lineNumber, string line, IReadOnlyList<Value> values)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            var text = line.Substring(value.Span.Start, value.Span.Length);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{lineNumber}:{value.Span.Start + 1}\t{ValueNames.Of(value.Kind)}\t{Describe(value)}\t«{text}»\n"));
        }
    }

    public void Dispose() => output.Flush();

    private static string Describe(Value value) => value switch
    {
        Quantity q => string.Create(CultureInfo.InvariantCulture, $"{Number(q.Nominal)} [{Number(q.Min)} .. {Number(q.Max)}] {q.Unit?.Code ?? "-"} {ValueNames.Of(q.Qualifier)}"),
        DateValue d => string.Create(CultureInfo.InvariantCulture, $"{Day(d.From)}..{Day(d.To)} {ValueNames.Of(d.Precision)} {ValueNames.Of(d.Calendar)}{(d.Relative ? " relative" : "")}{(d.Problem == DateProblem.None ? "" : " " + ValueNames.Of(d.Problem))}"),
        Duration u => string.Create(CultureInfo.InvariantCulture, $"{Number(u.Nominal)} [{Number(u.Min)} .. {Number(u.Max)}] {DurationUnits.Name(u.Unit)} {ValueNames.Of(u.Qualifier)}"),
        TimeOfDay t => string.Create(CultureInfo.InvariantCulture, $"{t.Hour:00}:{t.Minute:00}"),
        _ => value.Kind.ToString(),
    };

    private static string Day(DateOnly? d) => d is { } day ? ValueNames.Iso(day) : "?";

    private static string Number(decimal? n) =>
        n is { } v ? ValueNames.Canonical(v).ToString(CultureInfo.InvariantCulture) : "-";
}

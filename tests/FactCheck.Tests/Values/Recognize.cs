using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Values;

/// <summary>Test helpers over the recognizer: values with the original text they cover.</summary>
internal static class Recognize
{
    public static IReadOnlyList<(string Text, Value Value)> All(string text) =>
        [.. ValueRecognizer.Persian.Recognize(text).Select(v => (text[v.Span.Start..v.Span.End], v))];

    public static (string Text, Quantity Quantity) Single(string text)
    {
        var values = All(text);
        var single = Assert.Single(values);
        return (single.Text, Assert.IsType<Quantity>(single.Value));
    }

    public static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The single amount read from <paramref name="input"/>, checked field by field.</summary>
    public static void AssertSingle(string input, string read, ValueKind? kind, string? value, string? min, string? max, string? unit, Qualifier qualifier)
    {
        var (text, q) = Single(input);

        Assert.Equal(read, text);
        if (kind is { } k)
        {
            Assert.Equal(k, q.Kind);
        }

        Assert.Equal(D(value), q.Nominal);
        Assert.Equal(D(min), q.Min);
        Assert.Equal(D(max), q.Max);
        Assert.Equal(unit, q.Unit?.Code);
        Assert.Equal(qualifier, q.Qualifier);
    }

    /// <summary>A date read as written: its text, days, precision and calendar, with no problem.</summary>
    public static void AssertDate(string read, string text, DateValue date, string from, string to, DatePrecision precision, CalendarKind calendar)
    {
        ArgumentNullException.ThrowIfNull(date);
        Assert.Equal(read, text);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), date.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), date.To);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(calendar, date.Calendar);
        Assert.Equal(DateProblem.None, date.Problem);
    }
}

using FactCheck.Values;

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
}

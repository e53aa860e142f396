using System.Text.Json;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>Writes one value as the JSON object documented for <c>scan</c> and reused by <c>extract</c>.</summary>
public static class ValueJson
{
    public static void Write(Utf8JsonWriter writer, Value value, string original)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(original);
        writer.WriteStartObject();
        writer.WriteString("kind", ValueNames.Of(value.Kind));
        writer.WriteString("text", original.AsSpan(value.Span.Start, value.Span.Length));
        writer.WriteStartArray("span");
        writer.WriteNumberValue(value.Span.Start);
        writer.WriteNumberValue(value.Span.End);
        writer.WriteEndArray();
        switch (value)
        {
            case Quantity q:
                WriteNumber(writer, "value", q.Nominal);
                WriteNumber(writer, "min", q.Min);
                WriteNumber(writer, "max", q.Max);
                writer.WriteString("unit", q.Unit?.Code);
                writer.WriteString("qualifier", ValueNames.Of(q.Qualifier));
                break;
            case TimeOfDay time:
                writer.WriteString("value", $"{time.Hour:00}:{time.Minute:00}");
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, ValueNames.Canonical(n));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

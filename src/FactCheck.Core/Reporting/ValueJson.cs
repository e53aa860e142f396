using System.Text.Json;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Reporting;

/// <summary>Writes one value as the JSON object documented for <c>scan</c> and reused by <c>extract</c>.</summary>
public static class ValueJson
{
    /// <summary>Writes a value found in <paramref name="original"/> at its own span.</summary>
    public static void Write(Utf8JsonWriter writer, Value value, string original)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(original);
        Write(writer, value, original.AsSpan(value.Span.Start, value.Span.Length), value.Span);
    }

    /// <summary>Writes a value with the text and span it has in the file reported (a claim's).</summary>
    /// <param name="exact">For claims as data (<c>extract --format jsonl</c>): amounts with the scale they were read with, and
    /// the fields a reader needs to rebuild the value exactly (a date's <c>deictic</c>, a time's <c>part</c> and <c>precision</c>).</param>
    public static void Write(Utf8JsonWriter writer, Value value, ReadOnlySpan<char> text, Text.TextSpan span, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("kind", ValueNames.Of(value.Kind));
        writer.WriteString("text", text);
        writer.WriteStartArray("span");
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
        switch (value)
        {
            case Quantity q:
                WriteNumber(writer, "value", q.Nominal, exact);
                WriteNumber(writer, "min", q.Min, exact);
                WriteNumber(writer, "max", q.Max, exact);
                writer.WriteString("unit", q.Unit?.Code);
                writer.WriteString("qualifier", ValueNames.Of(q.Qualifier));
                break;
            case DateValue date:
                writer.WriteString("value", date.From is { } day && date.From == date.To ? ValueNames.Iso(day) : null);
                writer.WriteString("from", date.From is { } from ? ValueNames.Iso(from) : null);
                writer.WriteString("to", date.To is { } to ? ValueNames.Iso(to) : null);
                writer.WriteString("precision", ValueNames.Of(date.Precision));
                writer.WriteString("calendar", ValueNames.Of(date.Calendar));
                writer.WriteBoolean("relative", date.Relative);
                writer.WriteString("problem", ValueNames.Of(date.Problem));
                if (date.NamedWeekday is { } weekday)
                {
                    writer.WriteString("weekday", weekday.ToString().ToLowerInvariant());
                }

                if (date.Time is { } at)
                {
                    // present only when the text names a time: «ساعت ۱۷ عصر روز دوشنبه»
                    writer.WriteStartObject("time");
                    WriteHourOrMinute(writer, "hour", at.Hour);
                    WriteHourOrMinute(writer, "minute", at.Minute);
                    writer.WriteString("part", at.Part is { } part ? ValueNames.Of(part) : null);
                    writer.WriteEndObject();
                }

                if (exact)
                {
                    writer.WriteBoolean("deictic", date.Deictic);
                }

                break;
            case Duration duration:
                WriteNumber(writer, "value", duration.Nominal, exact);
                WriteNumber(writer, "min", duration.Min, exact);
                WriteNumber(writer, "max", duration.Max, exact);
                writer.WriteString("unit", DurationUnits.Name(duration.Unit));
                writer.WriteString("qualifier", ValueNames.Of(duration.Qualifier));
                break;
            case TimeOfDay time:
                writer.WriteString("value", $"{time.Hour:00}:{time.Minute:00}");
                if (exact)
                {
                    writer.WriteString("part", time.Part is { } timePart ? ValueNames.Of(timePart) : null);
                    writer.WriteString("precision", ValueNames.Of(time.Precision));
                }

                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteHourOrMinute(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? number, bool exact)
    {
        if (number is { } n)
        {
            // exact keeps 48000.0 as written: a report that prints it must print it the same after a round trip
            writer.WriteNumber(name, exact ? n : ValueNames.Canonical(n));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

using System.Text.Json;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary><c>scan --format jsonl</c>: one object per input line, <c>{"line": n, "values": [...]}</c>.</summary>
public sealed class ScanJsonLinesFormatter(Stream output) : IScanFormatter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Utf8JsonWriter _writer = new(output, JsonDefaults.Compact);

    public void Write(int lineNumber, string line, IReadOnlyList<Value> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _writer.WriteStartObject();
        _writer.WriteNumber("line", lineNumber);
        _writer.WriteStartArray("values");
        foreach (var value in values)
        {
            ValueJson.Write(_writer, value, line);
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        output.Write(NewLine);
    }

    public void Dispose()
    {
        _writer.Dispose();
        output.Flush();
    }
}

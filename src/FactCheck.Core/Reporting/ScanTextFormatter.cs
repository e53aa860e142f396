using System.Globalization;
using FactCheck.Reporting.Escaping;
using FactCheck.Values;

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
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{lineNumber}:{value.Span.Start + 1}\t{ValueNames.Of(value.Kind)}\t{ValueText.Describe(value)}\t«{TerminalText.Field(text)}»\n"));
        }
    }

    public void Dispose() => output.Flush();
}

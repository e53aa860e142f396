using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>One output format of <c>scan</c>: a line of input and the values found in it.</summary>
public interface IScanFormatter : IDisposable
{
    void Write(int lineNumber, string line, IReadOnlyList<Value> values);
}

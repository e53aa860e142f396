namespace FactCheck.Text;

/// <summary>Turns offsets into 1-based line and column (UTF-16 units), as editors and SARIF count them.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        var at = 0;
        int next;
        while ((next = text.AsSpan(at).IndexOf('\n')) >= 0) // vectorized: lines are long, breaks few
        {
            at += next + 1;
            starts.Add(at);
        }

        _lineStarts = [.. starts];
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public int LineStart(int line) => _lineStarts[line - 1];
}

namespace FactCheck.Diagnostics;

/// <summary>Where a problem is: a file (or "-" for standard input), 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

namespace FactCheck.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End);

    public override string ToString() => $"[{Start}, {End})";
}

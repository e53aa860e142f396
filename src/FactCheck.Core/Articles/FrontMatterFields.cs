namespace FactCheck.Articles;

/// <summary>Front matter as written, each value with where it stands, before it is validated.</summary>
internal sealed class FrontMatterFields
{
    public Dictionary<string, (string? Value, IReadOnlyList<string>? List, int Line, int Column)> Fields { get; } = new(StringComparer.Ordinal);

    public static readonly string[] Known = ["source", "published", "url", "title", "tags", "via"];
}

namespace FactCheck.Articles;

/// <summary>What is known of an article besides its text: from front matter, or read from the text.</summary>
/// <param name="Source">The outlet (ایرنا، تسنیم...).</param>
/// <param name="Published">The day of publication, as printed where it was published.</param>
/// <param name="PublishedAt">The publication time with its offset, when known.</param>
public sealed record ArticleMetadata(
    string? Source,
    DateOnly? Published,
    DateTimeOffset? PublishedAt,
    string? Url,
    string? Title,
    IReadOnlyList<string> Tags)
{
    /// <summary>The outlet whose report this article carries, as front matter <c>via:</c> declares it.</summary>
    public string? Via { get; init; }

    public static ArticleMetadata Empty { get; } = new(null, null, null, null, null, []);
}

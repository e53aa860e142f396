using FactCheck.Claims;

namespace FactCheck.Provenance;

/// <summary>Every article's origin, by path, and what finding them cost.</summary>
/// <param name="Comparisons">Sentence matches looked at: bounded by sentences times <see cref="CopyFinder.MaxHolders"/>, never by pairs of articles.</param>
public sealed record Origins(IReadOnlyDictionary<string, ReportOrigin> ByPath, long Comparisons)
{
    public static Origins Empty { get; } = new(new Dictionary<string, ReportOrigin>(), 0);

    /// <summary>The origin of an article, or its own when it was not grouped.</summary>
    public ReportOrigin? Of(string path) => ByPath.GetValueOrDefault(path);

    internal static Origins Of(IReadOnlyList<ArticleClaims> articles, int[] parent, int[] rank, int[] copiedFrom, Dictionary<int, string> agencies, long comparisons)
    {
        var sizes = new Dictionary<int, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var root = CopyFinder.Find(parent, i);
            sizes[root] = sizes.GetValueOrDefault(root) + 1;
        }

        var byPath = new Dictionary<string, ReportOrigin>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var root = CopyFinder.Find(parent, i);
            var agency = agencies.GetValueOrDefault(root);
            var first = articles[root];
            byPath.TryAdd(articles[i].Path, new ReportOrigin(
                rank[root],
                agency ?? first.Metadata.Source ?? first.Path,
                agency is null ? first.Path : null,
                copiedFrom[i] >= 0 ? articles[copiedFrom[i]].Path : null,
                sizes[root]));
        }

        return new Origins(byPath, comparisons);
    }
}

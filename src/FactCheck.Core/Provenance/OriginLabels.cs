using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Provenance;

/// <summary>
/// Gives every claim its article's origin and how many articles carrying that report give the same
/// value for the same fact: one pass to count, one to label.
/// </summary>
internal static class OriginLabels
{
    public static List<ArticleClaims> Label(IReadOnlyList<ArticleClaims> articles, Origins origins)
    {
        var carriers = new Dictionary<(string Rule, string Key, int Group, (Values.Value, string?) Value), HashSet<string>>();
        foreach (var article in articles)
        {
            if (origins.Of(article.Path) is not { } origin || Alone(origin, article.Path))
            {
                continue;
            }

            foreach (var claim in article.Claims)
            {
                var key = (claim.Rule, claim.Key, origin.Group, SideSummary.ValueKey(claim));
                if (!carriers.TryGetValue(key, out var paths))
                {
                    carriers[key] = paths = new HashSet<string>(StringComparer.Ordinal);
                }

                paths.Add(article.Path);
            }
        }

        // An article that is its own report alone keeps its claims as they are (no origin: its own).
        return [.. articles.Select(article => origins.Of(article.Path) is not { } origin || Alone(origin, article.Path) ? article : article with
        {
            Claims = [.. article.Claims.Select(c => c with
            {
                Origin = origin,
                Copies = carriers[(c.Rule, c.Key, origin.Group, SideSummary.ValueKey(c))].Count,
            })],
        })];
    }

    private static bool Alone(ReportOrigin origin, string path) => origin.Articles == 1 && origin.OriginalPath == path;
}

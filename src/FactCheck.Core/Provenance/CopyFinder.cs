using FactCheck.Claims;

namespace FactCheck.Provenance;

/// <summary>
/// Groups articles that carry the same report. Two articles are copies when most sentences of the
/// shorter one stand in the longer one (a copy may lose its tail, change its headline or add page
/// chrome), or when one's chain names the other's outlet. Sentences are matched by hash through one
/// dictionary, in publication order; a sentence standing in more than <see cref="MaxHolders"/> articles
/// is boilerplate and is not looked up, so each sentence looks at fewer than that many earlier
/// holders: the cost grows with the corpus, not with pairs of articles.
/// </summary>
public static class CopyFinder
{
    /// <summary>Articles a sentence may stand in and still tell a report from the rest: above, it is boilerplate.</summary>
    public const int MaxHolders = 32;

    /// <summary>Share of the shorter article's sentences another must hold for the two to be one report.</summary>
    public const decimal MinContained = 0.6m;

    public static Origins Group(IReadOnlyList<ArticleClaims> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Metadata.PublishedAt?.UtcDateTime ?? articles[i].Metadata.Published?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MaxValue)
            .ThenBy(i => articles[i].Path, StringComparer.Ordinal)
            .ToArray();
        var rank = new int[articles.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var copiedFrom = new int[articles.Count];
        Array.Fill(copiedFrom, -1);
        // First pass: in how many articles each sentence stands. One in a single article can match
        // nothing; one in more than MaxHolders is boilerplate (a footer, a menu, a stock paragraph)
        // and says nothing of who copied whom: neither is looked up, nor counted in an article's size.
        var frequency = new Dictionary<ulong, int>();
        foreach (var article in articles)
        {
            foreach (var hash in Print(article).Sentences)
            {
                frequency[hash] = frequency.GetValueOrDefault(hash) + 1;
            }
        }

        var size = new int[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            size[i] = Print(articles[i]).Sentences.Count(h => frequency[h] <= MaxHolders);
        }

        var holders = new Dictionary<ulong, List<int>>();
        var shared = new Dictionary<int, int>();
        long comparisons = 0;
        foreach (var a in order)
        {
            shared.Clear();
            foreach (var hash in Print(articles[a]).Sentences)
            {
                if (frequency[hash] is < 2 or > MaxHolders)
                {
                    continue;
                }

                if (!holders.TryGetValue(hash, out var list))
                {
                    holders[hash] = list = new List<int>(frequency[hash]);
                }

                foreach (var b in list)
                {
                    comparisons++;
                    shared[b] = shared.GetValueOrDefault(b) + 1;
                }

                list.Add(a);
            }

            // The earlier article this one shares most with, if they are one report.
            var best = -1;
            foreach (var (b, count) in shared)
            {
                var smaller = Math.Min(size[a], size[b]);
                if (count >= Math.Min(2, smaller) && count >= MinContained * smaller
                    && (best < 0 || count > shared[best] || (count == shared[best] && rank[b] < rank[best])))
                {
                    best = b;
                }
            }

            if (best >= 0)
            {
                copiedFrom[a] = best;
                Union(parent, rank, a, best);
            }
        }

        var agencies = Chains(articles, order, rank, parent, copiedFrom);
        return Origins.Of(articles, parent, rank, copiedFrom, agencies, comparisons);
    }

    /// <summary>
    /// Declared chains: an article naming an outlet of the corpus joins the latest article of that
    /// outlet published before it; one naming an agency outside it joins every other that names it.
    /// </summary>
    private static Dictionary<int, string> Chains(IReadOnlyList<ArticleClaims> articles, int[] order, int[] rank, int[] parent, int[] copiedFrom)
    {
        var latestOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var namedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var agencies = new Dictionary<int, string>(); // group root -> the agency its chain names
        foreach (var a in order)
        {
            if (Print(articles[a]).Declared is { } declared)
            {
                var key = OutletNames.Key(declared);
                if (latestOf.TryGetValue(key, out var original))
                {
                    copiedFrom[a] = copiedFrom[a] < 0 ? original : copiedFrom[a];
                    Union(parent, rank, a, original);
                }
                else if (namedBy.TryGetValue(key, out var first))
                {
                    Union(parent, rank, a, first);
                }
                else
                {
                    namedBy[key] = a;
                    agencies[a] = declared;
                }
            }

            if (articles[a].Metadata.Source is { } source)
            {
                latestOf[OutletNames.Key(source)] = a;
            }
        }

        var byGroup = new Dictionary<int, string>();
        foreach (var a in order)
        {
            if (agencies.TryGetValue(a, out var agency))
            {
                byGroup.TryAdd(Find(parent, a), agency); // groups that merged keep the agency named first
            }
        }

        return byGroup;
    }

    internal static ReportPrint Print(ArticleClaims article) => article.Print ?? ReportPrint.None;

    internal static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    // The root of a group is its earliest article.
    private static void Union(int[] parent, int[] rank, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            if (rank[ra] < rank[rb])
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}

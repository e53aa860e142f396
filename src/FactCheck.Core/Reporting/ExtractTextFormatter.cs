using System.Globalization;
using FactCheck.Claims;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary><c>extract --format text</c>: each article, then its claims one per line.</summary>
public static class ExtractTextFormatter
{
    public static void Write(TextWriter output, CorpusClaims corpus)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(corpus);
        foreach (var article in corpus.Articles)
        {
            var published = article.Metadata.Published is { } p ? ValueNames.Iso(p) : "date unknown";
            output.WriteLine($"{article.Path} ({article.Metadata.Source ?? "source unknown"}, {published})");
            foreach (var c in article.Claims)
            {
                var key = c.Key.Length == 0 ? string.Empty : $" [{c.Key}]";
                var asOf = c.AsOf is { } d ? ValueNames.Iso(d) + (c.AsOfTime is { } time ? $" {time}" : string.Empty) : "?";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Line}:{c.Column}\t{c.Rule}{key}\t«{c.Text}»\t{ValueText.Describe(c.Value)}\tas of {asOf}{(c.Speaker is null ? "" : $"\t({c.Speaker})")}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.ClaimCount} claims in {corpus.Articles.Count} articles"));
    }
}

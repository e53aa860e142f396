using System.Globalization;
using FactCheck.Claims;
using FactCheck.Reporting.Escaping;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary><c>extract --format text</c>: each article, then its claims one per line; fields from input made terminal-safe (<see cref="TerminalText"/>).</summary>
public static class ExtractTextFormatter
{
    public static void Write(TextWriter output, CorpusClaims corpus)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(corpus);
        foreach (var article in corpus.Articles)
        {
            var published = article.Metadata.Published is { } p ? ValueNames.Iso(p) : "date unknown";
            output.WriteLine($"{TerminalText.Field(article.Path)} ({TerminalText.Field(article.Metadata.Source ?? "source unknown")}, {published})");
            foreach (var c in article.Claims)
            {
                var key = c.Key.Length == 0 ? string.Empty : $" [{TerminalText.Field(c.Key)}]";
                var asOf = c.AsOf is { } d ? ValueNames.Iso(d) + (c.AsOfTime is { } time ? $" {time}" : string.Empty) : "?";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Line}:{c.Column}\t{TerminalText.Field(c.Rule)}{key}\t«{TerminalText.Field(c.Text)}»\t{ValueText.Describe(c.Value)}\tas of {asOf}{(c.Speaker is null ? "" : $"\t({TerminalText.Field(c.Speaker)})")}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.ClaimCount} claims in {corpus.Articles.Count} articles"));
    }
}

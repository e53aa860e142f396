using System.Text.Json;
using FactCheck.Claims;
using FactCheck.Claims.Lines;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>extract --format jsonl</c>: a header line naming the schema and its version, then for each article
/// an <c>article</c> line and one line per claim (each carrying its article's path, source and publication
/// day, so a line is a row any engine can group by <c>rule</c> and <c>key</c>), then the errors.
/// </summary>
public static class ClaimLinesFormatter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <param name="rulesHash">The rules' <see cref="Rules.RuleSet.ContentHash"/>: a check over these claims must load the same rules.</param>
    public static void Write(Stream output, CorpusClaims corpus, string toolVersion, string? rulesHash)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(corpus);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Compact);
        Line(output, writer, w =>
        {
            w.WriteString("schema", ClaimLines.Schema);
            w.WriteNumber("version", ClaimLines.Version);
            w.WriteString("tool", toolVersion);
            w.WriteString("rules", rulesHash);
        });
        foreach (var article in corpus.Articles)
        {
            Line(output, writer, w =>
            {
                w.WriteString("type", ClaimLines.Article);
                w.WriteString("path", article.Path);
                w.WriteString("source", article.Metadata.Source);
                w.WriteString("published", article.Metadata.Published is { } p ? ValueNames.Iso(p) : null);
                w.WriteString("url", article.Metadata.Url);
                if (article.Print is { } print)
                {
                    // what finding the article's copies needs once its text is gone: its sentences' hashes and declared origin
                    w.WriteStartObject("print");
                    w.WriteStartArray("sentences");
                    foreach (var hash in print.Sentences)
                    {
                        w.WriteStringValue(hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    w.WriteEndArray();
                    w.WriteString("declared", print.Declared);
                    w.WriteEndObject();
                }
            });
            foreach (var claim in article.Claims)
            {
                Line(output, writer, w => WriteClaim(w, ClaimLines.Claim, claim));
            }

            foreach (var claim in article.Flagged)
            {
                Line(output, writer, w => WriteClaim(w, ClaimLines.Flagged, claim));
            }
        }

        foreach (var error in corpus.Errors)
        {
            Line(output, writer, w =>
            {
                w.WriteString("type", ClaimLines.Error);
                ExtractJsonFormatter.WriteErrorFields(w, error);
            });
        }

        output.Flush();
    }

    private static void WriteClaim(Utf8JsonWriter writer, string type, Claim claim)
    {
        writer.WriteString("type", type);
        writer.WriteString("path", claim.Path);
        writer.WriteString("source", claim.Source);
        writer.WriteString("published", claim.Published is { } p ? ValueNames.Iso(p) : null);
        ExtractJsonFormatter.WriteClaimFields(writer, claim, exact: true);
    }

    private static void Line(Stream output, Utf8JsonWriter writer, Action<Utf8JsonWriter> fields)
    {
        writer.WriteStartObject();
        fields(writer);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        output.Write(NewLine);
    }
}

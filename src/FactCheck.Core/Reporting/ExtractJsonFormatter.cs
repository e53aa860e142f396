using System.Text.Json;
using FactCheck.Claims;
using FactCheck.Diagnostics;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>extract --format json</c>: <c>{"articles": [{"path", "source", "published", "claims": [...]}], "errors": [...]}</c>.
/// </summary>
public static class ExtractJsonFormatter
{
    public static void Write(Stream output, CorpusClaims corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.Indented);
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var article in corpus.Articles)
        {
            writer.WriteStartObject();
            writer.WriteString("path", article.Path);
            writer.WriteString("source", article.Metadata.Source);
            writer.WriteString("published", article.Metadata.Published is { } p ? ValueNames.Iso(p) : null);
            writer.WriteStartArray("claims");
            foreach (var claim in article.Claims)
            {
                WriteClaim(writer, claim);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteErrors(writer, corpus.Errors);
        writer.WriteEndObject();
    }

    public static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteClaimFields(writer, claim, exact: false);
        writer.WriteEndObject();
    }

    /// <summary>A claim's fields, inside an object the caller opened; <paramref name="exact"/> as for <see cref="ValueJson.Write(Utf8JsonWriter, Value, ReadOnlySpan{char}, Text.TextSpan, bool)"/>.</summary>
    internal static void WriteClaimFields(Utf8JsonWriter writer, Claim claim, bool exact)
    {
        ArgumentNullException.ThrowIfNull(claim);
        writer.WriteString("rule", claim.Rule);
        writer.WriteString("key", claim.Key);
        writer.WriteString("text", claim.Text);
        writer.WriteNumber("line", claim.Line);
        writer.WriteNumber("column", claim.Column);
        writer.WriteStartArray("span");
        writer.WriteNumberValue(claim.Span.Start);
        writer.WriteNumberValue(claim.Span.End);
        writer.WriteEndArray();
        writer.WriteString("sentence", claim.Sentence);
        writer.WriteString("asOf", claim.AsOf is { } asOf ? ValueNames.Iso(asOf) : null);
        writer.WriteString("asOfTime", claim.AsOfTime?.ToString());
        writer.WriteString("asOfBasis", Basis(claim.AsOfBasis));
        writer.WriteString("speaker", claim.Speaker);
        writer.WriteString("via", claim.Via);
        writer.WritePropertyName("value");
        ValueJson.Write(writer, claim.Value, claim.Text, claim.Span, exact);
    }

    /// <summary>Errors travel in the machine format too, not only on standard error.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            WriteErrorFields(writer, error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static void WriteErrorFields(Utf8JsonWriter writer, Diagnostic error)
    {
        writer.WriteString("path", error.Location.Path);
        writer.WriteNumber("line", error.Location.Line);
        writer.WriteNumber("column", error.Location.Column);
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
    }

    internal static string Basis(AsOfBasis basis) => basis switch
    {
        AsOfBasis.Unknown => "unknown",
        AsOfBasis.Publication => "publication",
        AsOfBasis.Stated => "stated",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}

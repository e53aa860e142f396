using System.Text;
using System.Text.Json;
using FactCheck.Diagnostics;

namespace FactCheck.Gate;

/// <summary>
/// Reads a baseline file and locates every problem at its line and column: people edit it by hand
/// (the justifications), so a slip must be easy to find, and a file FactCheck does not understand (a
/// newer version, one finding accepted twice) is refused rather than half read.
/// </summary>
internal static class BaselineReader
{
    public const int Version = 1;

    private const string Shape = "expected {\"version\": 1, \"accepted\": [{\"fingerprint\": ..., \"justification\": ...}]}";

    private static readonly string[] TextFields = ["fingerprint", "rule", "message", "justification", "acceptedBy", "acceptedOn"];

    public static Baseline Read(string path, ReadOnlySpan<byte> bytes)
    {
        // A byte-order mark, as some editors write, is not part of the JSON.
        var json = (bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes).ToArray();
        var place = new Place(path, json);
        try
        {
            return Parse(json, place);
        }
        catch (JsonException e) when (e.LineNumber is { } line && e.BytePositionInLine is { } column)
        {
            var message = e.Message.Split(" LineNumber:", 2)[0];
            throw place.Problem(place.Offset(line, column), $"not valid JSON: {message}");
        }
    }

    private static Baseline Parse(byte[] json, Place place)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw place.Problem(reader.TokenStartIndex, $"not a FactCheck baseline; {Shape}");
        }

        int? version = null;
        List<BaselineEntry>? entries = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "version":
                    version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) && v == Version
                        ? v
                        : throw place.Problem(reader.TokenStartIndex, $"baseline version {Encoding.UTF8.GetString(reader.ValueSpan)} is not one this FactCheck reads (version {Version})");
                    break;
                case "accepted":
                    entries = Entries(ref reader, place);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return version is null ? throw place.Problem(0, $"no \"version\"; {Shape}")
            : entries is null ? throw place.Problem(0, $"no \"accepted\" list; {Shape}")
            : new Baseline(entries);
    }

    private static List<BaselineEntry> Entries(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw place.Problem(reader.TokenStartIndex, $"\"accepted\" must be a list of entries; {Shape}");
        }

        var entries = new List<BaselineEntry>();
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw place.Problem(reader.TokenStartIndex, "each entry of \"accepted\" must be an object with a fingerprint and a justification");
            }

            var start = reader.TokenStartIndex;
            var fields = new Dictionary<string, (string Value, long At)>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    fields[name] = (reader.GetString()!, reader.TokenStartIndex);
                }
                else if (TextFields.Contains(name))
                {
                    throw place.Problem(reader.TokenStartIndex, $"\"{name}\" must be a string");
                }
                else
                {
                    reader.Skip();
                }
            }

            var fingerprint = Required(fields, "fingerprint", start, place, "the entry", "copy it from the finding in the JSON or SARIF report");
            if (!first.TryAdd(fingerprint, fields["fingerprint"].At))
            {
                throw place.Problem(fields["fingerprint"].At, $"fingerprint {fingerprint} is accepted twice (first at line {place.Line(first[fingerprint])}); keep one entry");
            }

            var justification = Required(fields, "justification", start, place, $"the entry for {fingerprint}", "write why this finding is accepted");
            entries.Add(new BaselineEntry(fingerprint, Optional(fields, "rule"), Optional(fields, "message"), justification, Optional(fields, "acceptedBy"), AcceptedOn(fields, place)));
        }

        return entries;
    }

    private static string Required(Dictionary<string, (string Value, long At)> fields, string name, long entry, Place place, string owner, string hint) =>
        !fields.TryGetValue(name, out var field) ? throw place.Problem(entry, $"{owner} has no \"{name}\"; {hint}")
        : field.Value.Trim().Length == 0 ? throw place.Problem(field.At, $"\"{name}\" is empty; {hint}")
        : field.Value;

    private static string Optional(Dictionary<string, (string Value, long At)> fields, string name) =>
        fields.TryGetValue(name, out var field) ? field.Value : string.Empty;

    private static DateOnly AcceptedOn(Dictionary<string, (string Value, long At)> fields, Place place) =>
        !fields.TryGetValue("acceptedOn", out var on) || on.Value.Length == 0 ? default
        : DateOnly.TryParseExact(on.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day
        : throw place.Problem(on.At, $"\"acceptedOn\" '{on.Value}' is not a day (yyyy-MM-dd)");

    /// <summary>Turns byte offsets in the file into the 1-based line and UTF-16 column every FactCheck message uses.</summary>
    private sealed class Place(string path, byte[] json)
    {
        public FactCheckException Problem(long offset, string message)
        {
            var lineStart = json.AsSpan(0, (int)offset).LastIndexOf((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(json, lineStart, (int)offset - lineStart) + 1;
            return new FactCheckException(Baseline.BadBaselineCode, new SourceLocation(path, Line(offset), column), message);
        }

        public int Line(long offset) => json.AsSpan(0, (int)offset).Count((byte)'\n') + 1;

        /// <summary>The offset of a 0-based line and byte position, as a JSON error gives them.</summary>
        public long Offset(long line, long bytePosition)
        {
            var at = 0;
            for (var i = 0; i < line && at < json.Length; i++)
            {
                var next = json.AsSpan(at).IndexOf((byte)'\n');
                at = next < 0 ? json.Length : at + next + 1;
            }

            return Math.Min(at + bytePosition, json.Length);
        }
    }
}

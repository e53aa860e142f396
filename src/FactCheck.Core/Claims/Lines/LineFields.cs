using System.Globalization;
using System.Text.Json;
using FactCheck.Diagnostics;

namespace FactCheck.Claims.Lines;

/// <summary>
/// The fields of one JSON object on one line of a claims file, read strictly: a missing field, a field
/// of the wrong type or a field this version does not know is an error at its line and column.
/// </summary>
internal sealed class LineFields
{
    private readonly JsonElement _element;
    private readonly string _line;
    private readonly string _path;
    private readonly int _lineNumber;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public LineFields(JsonElement element, string line, string path, int lineNumber, string what)
    {
        _element = element;
        _line = line;
        _path = path;
        _lineNumber = lineNumber;
        What = what;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"{what} is not a JSON object", column: 1);
        }
    }

    /// <summary>What the object is, for messages: "a claim", "a claim's value".</summary>
    public string What { get; set; }

    public string String(string name) => Optional(name, JsonValueKind.String)?.GetString() ?? throw Missing(name);

    public string? NullableString(string name) => Optional(name, JsonValueKind.String)?.GetString();

    public int Int(string name)
    {
        var e = Optional(name, JsonValueKind.Number) ?? throw Missing(name);
        return e.TryGetInt32(out var n) && n >= 0 ? n : throw Bad(name, "a whole number from 0 up");
    }

    public decimal? Decimal(string name) => Optional(name, JsonValueKind.Number) is { } e
        ? (e.TryGetDecimal(out var d) ? d : throw Bad(name, "a decimal number"))
        : null;

    public bool Bool(string name) => (Optional(name, JsonValueKind.True) ?? throw Missing(name)).GetBoolean();

    public DateOnly? Date(string name) => NullableString(name) is { } text
        ? (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw Bad(name, "a day as yyyy-MM-dd"))
        : null;

    public T Name<T>(string name, IReadOnlyDictionary<string, T> names)
        where T : struct => NullableName(name, names) ?? throw Missing(name);

    public T? NullableName<T>(string name, IReadOnlyDictionary<string, T> names)
        where T : struct =>
        NullableString(name) is { } text
            ? (names.TryGetValue(text, out var v) ? v : throw Bad(name, $"one of {string.Join(", ", names.Keys)}"))
            : null;

    /// <summary>A [start, end) pair of UTF-16 offsets.</summary>
    public Text.TextSpan Span(string name)
    {
        var e = Optional(name, JsonValueKind.Array) ?? throw Missing(name);
        if (e.GetArrayLength() == 2 && e[0].TryGetInt32(out var start) && e[1].TryGetInt32(out var end) && start >= 0 && end >= start)
        {
            return new Text.TextSpan(start, end);
        }

        throw Bad(name, "[start, end] with 0 <= start <= end");
    }

    /// <summary>A list of 64-bit hashes, each written as 16 hexadecimal digits.</summary>
    public IReadOnlyList<ulong> HexList(string name)
    {
        var e = Optional(name, JsonValueKind.Array) ?? throw Missing(name);
        var list = new List<ulong>(e.GetArrayLength());
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: 16 } hex
                || !ulong.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var hash))
            {
                throw Bad(name, "a list of 16-digit hexadecimal hashes");
            }

            list.Add(hash);
        }

        return list;
    }

    public LineFields Object(string name, string what)
    {
        var e = Optional(name, JsonValueKind.Object) ?? throw Missing(name);
        return new LineFields(e, _line, _path, _lineNumber, what);
    }

    public LineFields? NullableObject(string name, string what) =>
        Optional(name, JsonValueKind.Object) is { } e ? new LineFields(e, _line, _path, _lineNumber, what) : null;

    /// <summary>Called once every field was read: one this version does not know is an error, not ignored.</summary>
    public void NoOthers()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw Error($"{What} has a field '{property.Name}' that version {ClaimLines.Version} of {ClaimLines.Schema} does not have", ColumnOf(property.Name));
            }
        }
    }

    public FactCheckException Bad(string name, string expected) =>
        Error($"{What}'s '{name}' must be {expected}", ColumnOf(name));

    public FactCheckException Error(string message, int column) =>
        new(ClaimLinesReader.BadLineCode, new SourceLocation(_path, _lineNumber, column), message);

    private FactCheckException Missing(string name) => Error($"{What} has no '{name}'", column: 1);

    /// <summary>The field, null when absent or JSON null; of another JSON type, an error.</summary>
    private JsonElement? Optional(string name, JsonValueKind kind)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var matches = e.ValueKind == kind || (kind == JsonValueKind.True && e.ValueKind == JsonValueKind.False);
        return matches ? e : throw Bad(name, kind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True => "true or false",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        });
    }

    /// <summary>Where the field's name stands on the line (1-based, UTF-16), else the line's start.</summary>
    private int ColumnOf(string name)
    {
        var at = _line.IndexOf($"\"{name}\"", StringComparison.Ordinal);
        return at < 0 ? 1 : at + 1;
    }
}

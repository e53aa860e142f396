namespace FactCheck.Rules.Loading;

/// <summary>
/// A rule file as written, every value a raw string with where it stands, so that validation can
/// name the file, line and column of each problem. Property names double as location keys.
/// </summary>
internal sealed class RuleDraft
{
    public required string Path { get; init; }

    public Dictionary<string, (int Line, int Column)> Locations { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys the format does not know: (location key, key, keys allowed there).</summary>
    public List<(string Where, string Key, string[] Allowed)> UnknownKeys { get; } = [];

    /// <summary>Values of the wrong YAML shape: (location key, what was expected).</summary>
    public List<(string Where, string Expected)> ShapeErrors { get; } = [];

    public string? Id { get; set; }

    public string? TitleFa { get; set; }

    public string? TitleEn { get; set; }

    public bool HasTitle { get; set; }

    public bool HasValue { get; set; }

    public string? ValueType { get; set; }

    public List<string> Dimensions { get; } = [];

    public string? RelativeDays { get; set; }

    public List<string> Cues { get; } = [];

    public string? CueSide { get; set; }

    public string? CueWindow { get; set; }

    public List<string> Veto { get; } = [];

    public List<string> Context { get; } = [];

    public string? ScopeFrom { get; set; }

    public string? ScopeTo { get; set; }

    public string? ScopeMin { get; set; }

    public string? ScopeMax { get; set; }

    public List<KeyPartDraft> Key { get; } = [];

    public string? Nature { get; set; }

    public string? Tolerance { get; set; }

    public string? AsOfWindow { get; set; }

    public string? SameEventWithin { get; set; }

    public List<ExampleDraft> Examples { get; } = [];

    public List<ImplicationDraft> Implies { get; } = [];

    public (int Line, int Column) Where(string property) =>
        Locations.TryGetValue(property, out var at) ? at : Locations.GetValueOrDefault(RuleFileReader.Root, (1, 1));
}

internal sealed class KeyPartDraft
{
    public string? Name { get; set; }

    public string? Text { get; set; }

    public List<string>? DateAfter { get; set; }

    public List<string>? Names { get; set; }

    public string? Period { get; set; }

    public string? Required { get; set; }
}

internal sealed class ExampleDraft
{
    public string? Text { get; set; }

    public string? Published { get; set; }

    public string? Value { get; set; }

    public string? Date { get; set; }

    public string? Key { get; set; }

    public string? None { get; set; }
}

internal sealed class ImplicationDraft
{
    public string? Fact { get; set; }

    public string? CountingBackFrom { get; set; }

    public string? CountingOnFrom { get; set; }
}

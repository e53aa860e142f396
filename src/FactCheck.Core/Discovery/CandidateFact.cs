using System.Globalization;
using FactCheck.Rules;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Discovery;

/// <summary>
/// A fact no rule was written for, as discovery saw it: every value whose fact word folds to one key,
/// reported by <see cref="Sources"/> outlets. <see cref="Words"/> are the variants seen, most used first.
/// </summary>
/// <param name="Rank">1 for the fact most sources report; ties broken by disagreement, then sightings.</param>
internal sealed record CandidateFact(
    int Rank,
    string Kind,
    string FactKey,
    IReadOnlyList<string> Words,
    IReadOnlyList<Sighting> Sightings,
    int Sources,
    IReadOnlyList<string> Values,
    bool Disagree,
    FactNature Nature,
    DateOnly? FirstReported,
    DateOnly? LastReported)
{
    public bool IsDate => Kind == FactDiscoverer.DateKind;

    /// <summary>A value as the table and JSON print it: the nominal figure (or min–max) and its unit; a date as ISO.</summary>
    public static string Display(Value value) => value switch
    {
        DateValue d => d.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?",
        Quantity q => (q.Nominal is { } n ? Number(n) : $"{Number(q.Min)}-{Number(q.Max)}") + (q.Unit is { } u && u != Unit.Person ? " " + u.Code : string.Empty),
        _ => "?",
    };

    private static string Number(decimal? n) => n is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "?";
}

using System.Globalization;
using FactCheck.Diagnostics;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Rules.Loading;

/// <summary>Turns a validated draft into a <see cref="Rule"/>, with the format's defaults.</summary>
internal static class RuleBuilder
{
    public const int DefaultCueWindow = 8;
    public const int DefaultAsOfWindowDays = 30;

    public static Rule Build(RuleDraft d)
    {
        var (line, column) = d.Where(RuleFileReader.Root);
        ValueScope? scope = (d.ScopeFrom ?? d.ScopeTo ?? d.ScopeMin ?? d.ScopeMax) is not null
            ? new ValueScope(Date(d.ScopeFrom), Date(d.ScopeTo), Number(d.ScopeMin), Number(d.ScopeMax))
            : null;
        return new Rule(
            d.Id!,
            new LocalizedTitle(d.TitleFa!, d.TitleEn!),
            Enum.Parse<RuleValueType>(d.ValueType!, ignoreCase: true),
            d.Dimensions.Select(DimensionOf).ToHashSet(),
            [.. d.Cues],
            d.CueSide is null ? CueSide.Either : Enum.Parse<CueSide>(d.CueSide, ignoreCase: true),
            d.CueWindow is null ? DefaultCueWindow : int.Parse(d.CueWindow, CultureInfo.InvariantCulture),
            [.. d.Veto],
            [.. d.Context],
            scope,
            [.. d.Key.Select(KeyPartOf)],
            Enum.Parse<FactNature>(d.Nature!, ignoreCase: true),
            Number(d.Tolerance) ?? 0,
            d.AsOfWindow is null ? DefaultAsOfWindowDays : int.Parse(d.AsOfWindow, CultureInfo.InvariantCulture),
            [.. d.Examples.Select((e, i) => ExampleOf(d, e, i))],
            [.. d.Implies.Select(i => new Implication(i.Fact!, i.CountingBackFrom ?? i.CountingOnFrom!, i.CountingBackFrom is not null))],
            new SourceLocation(d.Path, line, column))
        {
            SameEventWithinDays = d.SameEventWithin is null ? null : int.Parse(d.SameEventWithin, CultureInfo.InvariantCulture),
            RelativeDays = d.RelativeDays != "false",
        };
    }

    private static Dimension DimensionOf(string name) => name switch
    {
        "count" => Dimension.Count,
        "people" => Dimension.People,
        "mass" => Dimension.Mass,
        "area" => Dimension.Area,
        "length" => Dimension.Length,
        "ratio" => Dimension.Ratio,
        "magnitude" => Dimension.Magnitude,
        "volume" => Dimension.Volume,
        "power" => Dimension.Power,
        _ => Dimension.Money,
    };

    private static KeyPart KeyPartOf(KeyPartDraft p)
    {
        var (kind, words) = p switch
        {
            { Text: not null } => (KeyPartKind.Text, (IReadOnlyList<string>)[]),
            { DateAfter: { } after } => (KeyPartKind.DateAfter, after),
            { Names: { } names } => (KeyPartKind.Names, names),
            _ => (KeyPartKind.Period, []),
        };
        var period = p.Period == "year" ? DatePrecision.Year : DatePrecision.Month;
        return new KeyPart(p.Name!, kind, p.Text, words, period, p.Required != "false");
    }

    private static RuleExample ExampleOf(RuleDraft d, ExampleDraft e, int index)
    {
        var (line, column) = d.Where($"Examples[{index}]");
        DateOnly? published = e.Published is null ? null : Date(e.Published);
        return new RuleExample(e.Text!, published, Number(e.Value), Date(e.Date), e.Key, e.None == "true", new SourceLocation(d.Path, line, column));
    }

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal? Number(string? s) => s is null ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
}

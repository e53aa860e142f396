using System.Globalization;
using FactCheck.Claims;
using FactCheck.Reporting.Escaping;
using FactCheck.Rules;
using FactCheck.Values;

namespace FactCheck.Reporting;

/// <summary>
/// <c>factcheck rules list</c> and <c>rules show ID</c>: what each rule claims and how its facts are
/// compared, in words, with its examples; the checks on single values beside them.
/// </summary>
public static class RuleTextFormatter
{
    public static void List(TextWriter w, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rules);
        var width = rules.Rules.Select(r => r.Id.Length).Concat(ValueChecks.All.Select(c => c.Id.Length)).Max();
        foreach (var rule in rules.Rules)
        {
            w.WriteLine($"{Safe(rule.Id).PadRight(width)}  {Nature(rule.Nature),-10}  {Safe(rule.Title.En)}");
        }

        foreach (var check in ValueChecks.All)
        {
            w.WriteLine($"{check.Id.PadRight(width)}  {"check",-10}  {check.Title}");
        }
    }

    /// <summary>Title, what is compared and how, where it is defined, and its examples.</summary>
    public static void Show(TextWriter w, Rule rule)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rule);
        w.WriteLine($"{Safe(rule.Id)}: {Safe(rule.Title.En)} ({Safe(rule.Title.Fa)})");
        w.WriteLine($"  claims:   {Claims(rule)}, within {rule.CueWindow.ToString(CultureInfo.InvariantCulture)} words {Side(rule.CueSide)} a cue: {string.Join("، ", rule.Cues.Select(Safe))}");
        if (rule.Key.Count > 0)
        {
            w.WriteLine($"  one fact for each: {string.Join(", ", rule.Key.Select(k => Safe(k.Name)))}");
        }

        w.WriteLine($"  compares: {Compares(rule)}");
        if (rule.Implies.Count > 0)
        {
            w.WriteLine($"  implies:  {string.Join(", ", rule.Implies.Select(i => $"{Safe(i.Fact)}, counted {(i.Backward ? "back" : "on")} from {Safe(i.Anchor)}"))}");
        }

        w.WriteLine($"  defined:  {Safe(rule.Location.Path)}:{rule.Location.Line}:{rule.Location.Column}");
        w.WriteLine($"  examples ({rule.Examples.Count}):");
        foreach (var example in rule.Examples)
        {
            w.WriteLine($"    «{Safe(example.Text)}» → {Expected(example)}");
        }
    }

    /// <summary>A check on single values, as <see cref="Show(TextWriter, Rule)"/> shows a rule.</summary>
    public static void Show(TextWriter w, ValueCheck check)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(check);
        w.WriteLine($"{check.Id}: {check.Title}");
        w.WriteLine($"  compares: each value alone, whatever the rules; a {Consistency.FindingNames.Of(check.Severity)} when it fails");
    }

    private static string Claims(Rule rule) => rule.ValueType switch
    {
        RuleValueType.Quantity => $"an amount ({string.Join(", ", rule.Dimensions.Select(d => d.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal))})",
        RuleValueType.Date => "a date",
        RuleValueType.Duration => "a duration",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.ValueType, "not a value type"),
    };

    private static string Side(CueSide side) => side switch
    {
        CueSide.Before => "after",
        CueSide.After => "before",
        CueSide.Either => "either side of",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a cue side"),
    };

    private static string Compares(Rule rule) => rule.Nature switch
    {
        FactNature.Event => "an event: one true value forever, so every claim must overlap every other (each taken as the interval it states)",
        FactNature.State => $"a state: true as of a date, so claims whose as-of dates lie within {rule.AsOfWindowDays.ToString(CultureInfo.InvariantCulture)} day(s) must overlap",
        FactNature.Cumulative => "a running total: a later as-of date may report more, never less; the same day must agree",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Nature, "not a fact nature"),
    };

    private static string Nature(FactNature nature) => nature.ToString().ToLowerInvariant();

    private static string Expected(RuleExample example) =>
        example.None ? "no claim"
        : string.Join(", ", new[]
        {
            example.Value?.ToString(CultureInfo.InvariantCulture),
            example.Date is { } d ? ValueNames.Iso(d) : null,
            example.Key is { } k ? "key " + Safe(k) : null,
            example.Published is { } p ? "published " + ValueNames.Iso(p) : null,
        }.OfType<string>());

    private static string Safe(string? text) => TerminalText.Field(text);
}

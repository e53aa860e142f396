using System.Globalization;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values;
using FactCheck.Values.Dates;
using FactCheck.Values.Dates.Calendars;
using Humanizer;

namespace FactCheck.Consistency;

/// <summary>
/// One-line messages a person understands, in English, written with Humanizer (plurals, lists,
/// grouped numbers) with the culture pinned, so no machine's locale changes a report.
/// </summary>
public static class FindingText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly string[] JalaliMonths =
        ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];

    internal static string For(Rule? rule, Conflict conflict)
    {
        var title = rule?.Title.En ?? conflict.Agreeing.Concat(conflict.Dissenting).First().Rule;
        return conflict.Kind switch
        {
            FindingKind.CumulativeDecrease when NatureChecks.CountedFrom(conflict.Dissenting[0]) >= NatureChecks.CountedFrom(conflict.Agreeing[0]) =>
                $"{title}: {Who(conflict.Dissenting[0])} says {Value(conflict.Dissenting[0])} as of {AsOf(conflict.Dissenting[0])}, fewer than the {Value(conflict.Agreeing[0])} {Who(conflict.Agreeing[0])} reported as of {AsOf(conflict.Agreeing[0])}; a running total cannot go down",
            FindingKind.CumulativeDecrease =>
                $"{title}: {Who(conflict.Dissenting[0])} says {Value(conflict.Dissenting[0])} as of {AsOf(conflict.Dissenting[0])}, more than the {Value(conflict.Agreeing[0])} {Who(conflict.Agreeing[0])} reported later, as of {AsOf(conflict.Agreeing[0])}; a running total cannot go down",
            FindingKind.SelfContradiction =>
                $"{title}: {Who(conflict.Dissenting[0])} says both {Values(conflict.Agreeing)} and {Values(conflict.Dissenting)}",
            FindingKind.AlteredCopy => Altered(title, conflict),
            _ => Sides(title, conflict),
        };
    }

    internal static string ForValue(Claim flagged) => flagged.Rule switch
    {
        ValueChecks.WeekdayMismatch when flagged.Value is DateValue { From: { } day, NamedWeekday: { } named } =>
            $"{Who(flagged)} writes «{flagged.Text}»: {Day(day)} was a {day.DayOfWeek}, not a {named}",
        ValueChecks.WeekdayMismatch => $"{Who(flagged)} writes «{flagged.Text}», naming a weekday the date does not fall on",
        ValueChecks.InvalidDate => $"{Who(flagged)} writes «{flagged.Text}», a day that does not exist in its calendar",
        ValueChecks.DateClash => $"{Who(flagged)} writes «{flagged.Text}», whose two calendars name different days",
        ValueChecks.ReversedRange => $"{Who(flagged)} writes the range «{flagged.Text}» with its ends reversed",
        ValueChecks.UnresolvedDate => $"{Who(flagged)} has no publication date, so «{flagged.Text}» cannot be dated; add 'published' to its front matter",
        _ => throw new ArgumentOutOfRangeException(nameof(flagged), flagged.Rule, "a value check without its message"),
    };

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>A claim's value as a reader would say it: "more than 48,000 people", "Shahrivar 1399 (22 August – 21 September 2020)".</summary>
    public static string Value(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Value switch
        {
            Quantity q => Quantity(q),
            Duration d => Qualified(d.Qualifier, Unit(d.Nominal ?? d.Min ?? 0, d.Unit.ToString().ToLowerInvariant())),
            DateValue d => Date(d),
            _ => claim.Text,
        };
        return claim.Derivation is null ? text : $"{text} ({claim.Derivation})";
    }

    private static string Sides(string title, Conflict conflict)
    {
        var dissenting = SideSummary.Of(conflict.Dissenting);
        var agreeing = conflict.AgreeingSummary ?? SideSummary.Of(conflict.Agreeing);
        return $"{title}: {Side(dissenting)} {Says(dissenting)} {Values(dissenting.DistinctValues)}{AsOfIfState(conflict)}{Reports(conflict.Dissenting)}; {Side(agreeing)} {Says(agreeing)} {Values(agreeing.DistinctValues)}{Reports(conflict.Agreeing)}";
    }

    // "X (2025-10-11) changed the figure when republishing IRNA's report: it says 234 people; IRNA (2025-10-10) says 243 people"
    private static string Altered(string title, Conflict conflict)
    {
        var copy = conflict.Dissenting[0];
        var origin = copy.Origin!;
        var report = conflict.Agreeing.Where(c => c.Origin?.Group == origin.Group).ToList();
        var original = report.FirstOrDefault(c => c.Path == origin.OriginalPath) ?? report[0];
        var changed = SideSummary.Of(conflict.Dissenting);
        return $"{title}: {Side(changed)} changed the figure when republishing {origin.Name}'s report: {(changed.OneArticle ? "it says" : "they say")} {Values(changed.DistinctValues)}; {Who(original)} says {Value(original)}";
    }

    // How many reports a side's articles carry, when copies make them fewer: ten copies are one voice.
    private static string Reports(IReadOnlyList<Claim> side)
    {
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var reports = new HashSet<(int, string?)>();
        string? name = null;
        foreach (var claim in side)
        {
            articles.Add(claim.Path);
            reports.Add(claim.Origin is { Articles: > 1 } o ? (o.Group, null) : (-1, claim.Path));
            name ??= claim.Origin?.Name;
        }

        return reports.Count == articles.Count ? string.Empty
            : reports.Count == 1 ? $" (copies of one report, {name}'s)"
            : $" ({"article".ToQuantity(articles.Count, "N0", English)} carrying {"report".ToQuantity(reports.Count, "N0", English)})";
    }

    // Only the outlets named are formatted: a side may hold thousands of claims.
    private static string Side(SideSummary side)
    {
        var named = side.FirstOutlets.Select(Who).ToList();
        return side.OutletCount <= SideSummary.OutletsNamed ? named.Humanize("and") : $"{named[0]} and {"other source".ToQuantity(side.OutletCount - 1)}";
    }

    private static string Says(SideSummary side) =>
        side.OneArticle ? (side.AllImplied ? "implies" : "says") : (side.AllImplied ? "imply" : "say");

    /// <summary>Values a message names, at most; the rest are counted, so a message stays one short line.</summary>
    public const int ValuesNamed = 5;

    // Only the values named are formatted: a side may hold thousands of claims.
    private static string Values(IReadOnlyList<Claim> claims)
    {
        var distinct = claims.DistinctBy(SideSummary.ValueKey).ToList();
        var named = new List<string>(ValuesNamed + 1);
        var read = 0;
        while (read < distinct.Count && named.Count <= ValuesNamed)
        {
            var value = Value(distinct[read++]);
            if (!named.Contains(value))
            {
                named.Add(value);
            }
        }

        return named.Count <= ValuesNamed
            ? named.Humanize("and")
            : $"{string.Join(", ", named.Take(ValuesNamed))} and {"other value".ToQuantity(distinct.Count - read + 1, "N0", English)}";
    }

    private static string AsOfIfState(Conflict conflict) =>
        conflict.Kind is FindingKind.StateMismatch or FindingKind.SameDayMismatch ? $" as of {AsOf(conflict.Dissenting[0])}" : string.Empty;

    /// <summary>"IRNA (2021-11-01)": the outlet and its publication date, or the file when the outlet is unknown.</summary>
    private static string Who(Claim claim)
    {
        var source = claim.Source ?? claim.Path;
        return claim.Published is { } published ? $"{source} ({ValueNames.Iso(published)})" : source;
    }

    private static string AsOf(Claim claim) => claim.AsOf is { } d ? claim.AsOfTime is { } time ? $"{Day(d)} {time}" : Day(d) : "an unknown date";

    private static string Quantity(Quantity q)
    {
        if (q.Kind == ValueKind.Range)
        {
            return $"{Number(q.Min)} to {Unit(q.Max ?? 0, q.Unit)}";
        }

        return Qualified(q.Qualifier, Unit(q.Nominal ?? q.Min ?? q.Max ?? 0, q.Unit));
    }

    private static string Qualified(Qualifier qualifier, string text) => qualifier switch
    {
        Qualifier.MoreThan => "more than " + text,
        Qualifier.AtLeast => "at least " + text,
        Qualifier.LessThan => "less than " + text,
        Qualifier.AtMost => "at most " + text,
        Qualifier.About => "about " + text,
        Qualifier.Nearly => "nearly " + text,
        Qualifier.Exact => text,
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    private static string Unit(decimal amount, Unit? unit) => unit?.Code switch
    {
        null => Number(amount),
        "person" => Unit(amount, "person"),
        "t" => Unit(amount, "tonne"),
        "ha" => Unit(amount, "hectare"),
        "km" => Unit(amount, "kilometre"),
        "%" => Number(amount) + "%",
        var code => $"{Number(amount)} {code}",
    };

    private static string Unit(decimal amount, string noun) =>
        decimal.Truncate(amount) == amount && Math.Abs(amount) < long.MaxValue
            ? noun.ToQuantity((long)amount, "N0", English)
            : $"{Number(amount)} {noun.Pluralize()}";

    private static string Number(decimal? n) =>
        n is { } v ? ValueNames.Canonical(v).ToString(decimal.Truncate(v) == v ? "N0" : "#,0.###", English) : "?";

    private static string Date(DateValue d)
    {
        if (d is not { From: { } from, To: { } to })
        {
            return "an undatable date";
        }

        if (from == to)
        {
            return Day(from);
        }

        var range = from.Year != to.Year ? $"{Day(from)} – {Day(to)}"
            : from.Month != to.Month ? $"{from.ToString("d MMMM", English)} – {Day(to)}"
            : $"{from.Day}–{Day(to)}";
        if (d.Calendar == CalendarKind.Persian && d.Precision is DatePrecision.Month or DatePrecision.Year)
        {
            var (year, month, _) = CalendarSystem.Persian.FromDate(from);
            var name = d.Precision == DatePrecision.Month ? $"{JalaliMonths[month - 1]} {year}" : year.ToString(English);
            return $"{name} ({range})";
        }

        return d.Precision switch
        {
            DatePrecision.Month when from.Day == 1 && to.AddDays(1).Day == 1 => from.ToString("MMMM yyyy", English),
            DatePrecision.Year when from.DayOfYear == 1 && to.Month == 12 && to.Day == 31 && from.Year == to.Year => from.Year.ToString(English),
            _ => range,
        };
    }
}

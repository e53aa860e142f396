using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values.Dates;

namespace FactCheck.Consistency;

/// <summary>
/// Claims that follow from others, as the rules declare: a duration counted back (or on) from the
/// date other sources agree on for its anchor fact. A 44-day war ending with the 9 November 2020
/// statement implies a start on 25–27 September 2020 (a day either way: counts may be inclusive).
/// </summary>
internal static class Implications
{
    public static IEnumerable<Claim> Derive(RuleSet rules, IReadOnlyDictionary<(string Rule, string Key), List<Claim>> facts)
    {
        foreach (var rule in rules.Rules)
        {
            foreach (var implication in rule.Implies)
            {
                foreach (var ((id, key), claims) in facts)
                {
                    if (id != rule.Id || !facts.TryGetValue((implication.Anchor, key), out var anchors)
                        || Agreed(anchors, rules.Find(implication.Anchor)!) is not { } anchor)
                    {
                        continue;
                    }

                    foreach (var claim in claims)
                    {
                        if (claim.Value is Duration duration && ClaimInterval.Days(duration) is { } days && days.Hi != decimal.MaxValue)
                        {
                            yield return Implied(claim, implication, anchor, days);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The days the direct claims of the anchor fact agree on: what most of them share, so that one
    /// wrong source does not silence every inference from the anchor. Null when there is no claim.
    /// </summary>
    private static ClaimInterval? Agreed(List<Claim> anchors, Rule rule)
    {
        var items = anchors.Where(c => c.Derivation is null)
            .Select(c => (Claim: c, Interval: ClaimInterval.Of(c, rule)))
            .Where(x => x.Interval is not null)
            .Select(x => (x.Claim, x.Interval!.Value))
            .ToList();
        var agreeing = NatureChecks.Overlap(items, FindingKind.Disagreement) is { } conflict
            ? items.Where(i => !conflict.Dissenting.Contains(i.Claim)).ToList() // few dissent: the cheap side to search
            : items;
        if (agreeing.Count == 0)
        {
            return null;
        }

        return new ClaimInterval(agreeing.Max(i => i.Item2.Lo), agreeing.Min(i => i.Item2.Hi));
    }

    private static Claim Implied(Claim claim, Implication implication, ClaimInterval anchor, ClaimInterval days)
    {
        var (lo, hi) = implication.Backward
            ? (anchor.Lo - days.Hi, anchor.Hi - days.Lo)
            : (anchor.Lo + days.Lo, anchor.Hi + days.Hi);
        var anchorDay = DateOnly.FromDayNumber((int)anchor.Lo);
        var how = implication.Backward
            ? $"«{claim.Text}» counted back from {implication.Anchor} ({FindingText.Day(anchorDay)})"
            : $"«{claim.Text}» counted on from {implication.Anchor} ({FindingText.Day(anchorDay)})";
        // «جنگ ۹۹۹۹۹۹۹۹۹۹۹۹ روزه» counts past any calendar: a located impossible date, not a crash.
        var value = InCalendar(Math.Floor(lo)) && InCalendar(Math.Ceiling(hi))
            ? new DateValue(claim.Value.Span, DateOnly.FromDayNumber((int)Math.Floor(lo)), DateOnly.FromDayNumber((int)Math.Ceiling(hi)), DatePrecision.Day, CalendarKind.Gregorian)
            : new DateValue(claim.Value.Span, null, null, DatePrecision.Day, CalendarKind.Gregorian, Problem: DateProblem.UnsupportedYear);
        return claim with { Rule = implication.Fact, Value = value, Derivation = how };
    }

    private static bool InCalendar(decimal dayNumber) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber;
}

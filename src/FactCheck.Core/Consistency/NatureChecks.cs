using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Consistency;

/// <summary>
/// Which claims of one fact cannot all be true, by the fact's nature. Each check sorts once and
/// sweeps, so a fact with many claims costs n log n, not n².
/// </summary>
internal static class NatureChecks
{
    public static IEnumerable<Conflict> Find(Rule rule, IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items) => rule.Nature switch
    {
        FactNature.Event => Overlap(items, FindingKind.Disagreement) is { } c ? [c] : [],
        FactNature.State => State(items, rule.AsOfWindowDays),
        _ => Cumulative(items),
    };

    /// <summary>
    /// All claims must share a point. The point most intervals cover is what most sources say; the
    /// claims that do not cover it dissent.
    /// </summary>
    public static Conflict? Overlap(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items, FindingKind kind)
    {
        if (items.Count < 2)
        {
            return null;
        }

        // Closed intervals: at one coordinate, openings count before closings.
        var edges = new List<(decimal At, int Delta)>(items.Count * 2);
        foreach (var (_, interval) in items)
        {
            edges.Add((interval.Lo, +1));
            edges.Add((interval.Hi, -1));
        }

        edges.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : b.Delta.CompareTo(a.Delta));
        int depth = 0, best = 0;
        var point = 0m;
        foreach (var (at, delta) in edges)
        {
            depth += delta;
            if (depth > best)
            {
                best = depth;
                point = at;
            }
        }

        if (best == items.Count)
        {
            return null;
        }

        var agreeing = items.Where(i => i.Interval.Contains(point)).Select(i => i.Claim).ToList();
        var dissenting = items.Where(i => !i.Interval.Contains(point)).Select(i => i.Claim).ToList();
        return new Conflict(kind, agreeing, dissenting);
    }

    /// <summary>Claims as of dates within the rule's window of each other must overlap.</summary>
    private static IEnumerable<Conflict> State(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items, int windowDays)
    {
        var dated = items.Where(i => i.Claim.AsOf is not null).OrderBy(i => i.Claim.AsOf).ThenBy(i => i.Claim.Path, StringComparer.Ordinal).ToList();
        var reported = new HashSet<Claim>();
        for (var start = 0; start < dated.Count; start++)
        {
            var end = start;
            while (end + 1 < dated.Count && dated[end + 1].Claim.AsOf!.Value.DayNumber - dated[start].Claim.AsOf!.Value.DayNumber <= windowDays)
            {
                end++;
            }

            if (Overlap(dated.GetRange(start, end - start + 1), FindingKind.StateMismatch) is { } conflict
                && conflict.Dissenting.Any(reported.Add))
            {
                yield return conflict;
            }
        }
    }

    /// <summary>A later as-of date may report more, never less; the same as-of date must agree.</summary>
    private static IEnumerable<Conflict> Cumulative(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items)
    {
        var dated = items.Where(i => i.Claim.AsOf is not null).OrderBy(i => i.Claim.AsOf).ThenBy(i => i.Claim.Path, StringComparer.Ordinal).ToList();
        foreach (var sameDay in dated.GroupBy(i => i.Claim.AsOf))
        {
            if (Overlap(sameDay.ToList(), FindingKind.SameDayMismatch) is { } conflict)
            {
                yield return conflict;
            }
        }

        // The highest floor reported so far: a later claim whose ceiling is below it went down.
        (Claim Claim, ClaimInterval Interval)? floor = null;
        var i = 0;
        while (i < dated.Count)
        {
            var day = dated[i].Claim.AsOf;
            var group = i;
            for (; i < dated.Count && dated[i].Claim.AsOf == day; i++)
            {
                if (floor is { } f && dated[i].Interval.Hi < f.Interval.Lo)
                {
                    yield return new Conflict(FindingKind.CumulativeDecrease, [f.Claim], [dated[i].Claim]);
                }
            }

            for (var j = group; j < i; j++)
            {
                if (floor is null || dated[j].Interval.Lo > floor.Value.Interval.Lo)
                {
                    floor = dated[j];
                }
            }
        }
    }
}

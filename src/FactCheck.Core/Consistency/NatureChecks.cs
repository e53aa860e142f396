using System.Runtime.InteropServices;
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
        FactNature.Event => Events(items, rule.SameEventWithinDays).Select(e => Overlap(e, FindingKind.Disagreement)).OfType<Conflict>(),
        FactNature.State => State(items, rule.AsOfWindowDays),
        _ => Cumulative(items),
    };

    /// <summary>
    /// The claims split where consecutive ones (by their earliest value) lie farther apart than the
    /// rule allows for one event: each part is one event, checked on its own.
    /// </summary>
    private static IEnumerable<List<(Claim Claim, ClaimInterval Interval)>> Events(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items, int? within)
    {
        if (within is not { } days)
        {
            yield return [.. items];
            yield break;
        }

        var part = new List<(Claim Claim, ClaimInterval Interval)>();
        var reach = decimal.MinValue;
        foreach (var item in items.OrderBy(i => i.Interval.Lo).ThenBy(i => i.Claim.Path, StringComparer.Ordinal).ThenBy(i => i.Claim.Span.Start))
        {
            if (part.Count > 0 && item.Interval.Lo > reach + days)
            {
                yield return part;
                part = [];
            }

            part.Add(item);
            reach = part.Count == 1 ? item.Interval.Hi : Math.Max(reach, item.Interval.Hi);
        }

        if (part.Count > 0)
        {
            yield return part;
        }
    }

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

        var (point, best) = MostCovered(items);
        if (best == items.Count)
        {
            return null;
        }

        var agreeing = items.Where(i => i.Interval.Contains(point)).Select(i => i.Claim).ToList();
        var dissentingItems = items.Where(i => !i.Interval.Contains(point)).ToList();
        var dissenting = dissentingItems.Select(i => i.Claim).ToList();
        return new Conflict(kind, agreeing, dissenting) { AgreedPoint = point, Tie = MostCovered(dissentingItems).Depth >= agreeing.Count };
    }

    /// <summary>The lowest point the most intervals cover, and how many cover it.</summary>
    private static (decimal Point, int Depth) MostCovered(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items)
    {
        // Closed intervals: at one coordinate, openings count before closings.
        var edges = new List<(decimal At, int Delta)>(items.Count * 2);
        foreach (var (_, interval) in items)
        {
            edges.Add((interval.Lo, +1));
            edges.Add((interval.Hi, -1));
        }

        CollectionsMarshal.AsSpan(edges).Sort(default(EdgeOrder));
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

        return (point, best);
    }

    /// <summary>
    /// Claims as of dates within the rule's window of each other must overlap. The window slides over
    /// the claims in as-of order keeping its highest floor and lowest ceiling in monotonic queues, so
    /// each claim is touched a constant number of times; a conflicting window names who dissents only
    /// when a claim arrives that does not hold the point the majority last agreed on. That point comes
    /// from a coverage tree the window updates as it slides, so a conflict costs log n to place and
    /// one pass over its window to list, never a sort of the window.
    /// </summary>
    private static IEnumerable<Conflict> State(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items, int windowDays)
    {
        var dated = items.Where(i => i.Claim.AsOf is not null).OrderBy(i => i.Claim.AsOf).ThenBy(i => i.Claim.Path, StringComparer.Ordinal).ToList();
        if (windowDays > 0)
        {
            return StateWindow(dated, windowDays);
        }

        // A window of one day compares what held at one moment of it (SameMoment).
        return dated.GroupBy(i => i.Claim.AsOf)
            .SelectMany(day => SameMoment.Groups([.. day], i => i.Claim.AsOfTime))
            .SelectMany(moment => StateWindow(moment, 0));
    }

    private static IEnumerable<Conflict> StateWindow(List<(Claim Claim, ClaimInterval Interval)> dated, int windowDays)
    {
        if (dated.Count < 2)
        {
            yield break;
        }

        // Every interval end, as a point of the tree.
        var points = dated.SelectMany(i => new[] { i.Interval.Lo, i.Interval.Hi }).Distinct().Order().ToArray();
        var spans = dated.Select(i => (Lo: Array.BinarySearch(points, i.Interval.Lo), Hi: Array.BinarySearch(points, i.Interval.Hi))).ToArray();
        var coverage = new CoverageTree(points.Length);
        var ids = new SideIds(dated);
        var reported = new HashSet<Claim>();
        var highestFloor = new List<int>();
        var lowestCeiling = new List<int>();
        int floorHead = 0, ceilingHead = 0, left = 0;
        decimal? agreedPoint = null;
        var agreedSince = 0;
        for (var right = 0; right < dated.Count; right++)
        {
            while (highestFloor.Count > floorHead && dated[highestFloor[^1]].Interval.Lo <= dated[right].Interval.Lo)
            {
                highestFloor.RemoveAt(highestFloor.Count - 1);
            }

            highestFloor.Add(right);
            while (lowestCeiling.Count > ceilingHead && dated[lowestCeiling[^1]].Interval.Hi >= dated[right].Interval.Hi)
            {
                lowestCeiling.RemoveAt(lowestCeiling.Count - 1);
            }

            lowestCeiling.Add(right);
            coverage.Add(spans[right].Lo, spans[right].Hi, +1);
            var day = dated[right].Claim.AsOf!.Value.DayNumber;
            while (day - dated[left].Claim.AsOf!.Value.DayNumber > windowDays)
            {
                coverage.Add(spans[left].Lo, spans[left].Hi, -1);
                left++;
            }

            while (highestFloor[floorHead] < left)
            {
                floorHead++;
            }

            while (lowestCeiling[ceilingHead] < left)
            {
                ceilingHead++;
            }

            // A consistent window needs nothing. In a conflicting one, a claim that holds the point the
            // majority agreed on last time brings nothing new; only a claim that does not is swept
            // for, so sweeps happen about once per dissenter, not once per claim.
            if (dated[highestFloor[floorHead]].Interval.Lo <= dated[lowestCeiling[ceilingHead]].Interval.Hi)
            {
                agreedPoint = null; // a consistent window: what was agreed before no longer speaks for it
                continue;
            }

            if (agreedSince < left)
            {
                agreedPoint = null; // the claims that agreed on it have left the window
            }

            if (agreedPoint is { } point && dated[right].Interval.Contains(point))
            {
                continue;
            }

            if (WindowConflict(dated, left, right, coverage, points, ids) is not { } conflict)
            {
                continue;
            }

            agreedPoint = conflict.AgreedPoint;
            agreedSince = left;
            if (conflict.Dissenting.Any(reported.Add))
            {
                yield return conflict;
            }
        }
    }

    /// <summary>
    /// The window's claims split by the lowest point most of them cover: what <see cref="Overlap"/>
    /// finds by sorting, read off the coverage tree.
    /// </summary>
    private static Conflict? WindowConflict(List<(Claim Claim, ClaimInterval Interval)> dated, int left, int right, CoverageTree coverage, decimal[] points, SideIds ids)
    {
        if (coverage.Max == right - left + 1)
        {
            return null;
        }

        var point = points[coverage.MostCovered()];
        var agreeing = new List<Claim>(coverage.Max);
        var dissenting = new List<Claim>();
        var dissentingItems = new List<(Claim Claim, ClaimInterval Interval)>();
        var side = ids.Begin();
        for (var i = left; i <= right; i++)
        {
            if (dated[i].Interval.Contains(point))
            {
                agreeing.Add(dated[i].Claim);
                side.Add(i, dated[i].Claim);
            }
            else
            {
                dissenting.Add(dated[i].Claim);
                dissentingItems.Add(dated[i]);
            }
        }

        var rival = MostCovered(dissentingItems).Depth;
        return new Conflict(FindingKind.StateMismatch, agreeing, dissenting) { AgreedPoint = point, AgreeingSummary = side.Summary(), Tie = rival >= agreeing.Count };
    }

    /// <summary>
    /// Each claim's outlet, value and article as small numbers, assigned once per fact, so that a
    /// side's summary is one pass of array reads however often the window is summarized.
    /// </summary>
    private sealed class SideIds
    {
        private readonly int[] _outlet;
        private readonly int[] _value;
        private readonly int[] _article;
        private readonly int[] _outletSeen;
        private readonly int[] _valueSeen;
        private int _stamp;

        public SideIds(List<(Claim Claim, ClaimInterval Interval)> dated)
        {
            _outlet = Number(dated, i => SideSummary.Outlet(i.Claim));
            _value = Number(dated, i => SideSummary.ValueKey(i.Claim));
            _article = Number(dated, i => (i.Claim.Source, i.Claim.Path, i.Claim.Published));
            _outletSeen = new int[dated.Count];
            _valueSeen = new int[dated.Count];
        }

        public Side Begin() => new(this, ++_stamp);

        private static int[] Number<TKey>(List<(Claim Claim, ClaimInterval Interval)> dated, Func<(Claim Claim, ClaimInterval Interval), TKey> key)
            where TKey : notnull
        {
            var numbers = new Dictionary<TKey, int>();
            var ids = new int[dated.Count];
            for (var i = 0; i < dated.Count; i++)
            {
                var k = key(dated[i]);
                if (!numbers.TryGetValue(k, out ids[i]))
                {
                    numbers[k] = ids[i] = numbers.Count;
                }
            }

            return ids;
        }

        /// <summary>One side being summarized: claims added in order, as <see cref="SideSummary.Of"/> reads them.</summary>
        public sealed class Side(SideIds ids, int stamp)
        {
            private readonly List<Claim> _first = new(SideSummary.OutletsNamed);
            private readonly List<Claim> _values = [];
            private int _outlets;
            private int _firstArticle = -1;
            private bool _oneArticle = true;
            private bool _allImplied = true;

            public void Add(int index, Claim claim)
            {
                if (ids._outletSeen[ids._outlet[index]] != stamp)
                {
                    ids._outletSeen[ids._outlet[index]] = stamp;
                    _outlets++;
                    if (_first.Count < SideSummary.OutletsNamed)
                    {
                        _first.Add(claim);
                    }
                }

                if (ids._valueSeen[ids._value[index]] != stamp)
                {
                    ids._valueSeen[ids._value[index]] = stamp;
                    _values.Add(claim);
                }

                _firstArticle = _firstArticle < 0 ? ids._article[index] : _firstArticle;
                _oneArticle &= ids._article[index] == _firstArticle;
                _allImplied &= claim.Derivation is not null;
            }

            public SideSummary Summary() => new(_first, _outlets, _values, _oneArticle && _firstArticle >= 0, _allImplied);
        }
    }

    /// <summary>
    /// A running total may grow, never shrink: a figure counted strictly later may not be lower. "Later"
    /// respects what the text says of when each figure was counted: two figures of one day with no
    /// times (or overlapping parts of the day) cannot be ordered, so an hourly update is never read
    /// as a contradiction; figures counted at the same minute must agree. One overstated total must
    /// not make every correct later report look like a decrease: the largest set of claims that can
    /// all be true in time order (a longest non-decreasing run, n log n) is taken as agreed, and only
    /// claims outside it that contradict it are reported, one finding per disputed figure.
    /// </summary>
    private static IEnumerable<Conflict> Cumulative(IReadOnlyList<(Claim Claim, ClaimInterval Interval)> items)
    {
        var dated = items.Where(i => i.Claim.AsOf is not null)
            .Select(i => new Timed(i.Claim, i.Interval, CountedFrom(i.Claim), CountedTo(i.Claim)))
            .OrderBy(i => i.From).ThenBy(i => Middle(i.Interval)).ThenBy(i => i.Claim.Path, StringComparer.Ordinal).ThenBy(i => i.Claim.Span.Start)
            .ToList();
        foreach (var sameMoment in dated.Where(i => i.From == i.To).GroupBy(i => i.From))
        {
            if (Overlap([.. sameMoment.Select(i => (i.Claim, i.Interval))], FindingKind.SameDayMismatch) is { } conflict)
            {
                yield return conflict;
            }
        }

        if (dated.Count <= PairwiseUpTo)
        {
            foreach (var conflict in MostContradicted(dated))
            {
                yield return conflict;
            }

            yield break;
        }

        var chain = LongestNonDecreasing(dated);
        var inChain = new bool[dated.Count];
        foreach (var index in chain)
        {
            inChain[index] = true;
        }

        // The highest floor of the agreed run among claims counted strictly before each claim, and
        // the lowest ceiling among those counted strictly after: two sweeps over sorted ends.
        var floorBefore = new int[dated.Count];
        var byEnd = chain.OrderBy(j => dated[j].To).ToList();
        var k = 0;
        var best = -1;
        for (var i = 0; i < dated.Count; i++) // dated is in start order
        {
            while (k < byEnd.Count && dated[byEnd[k]].To < dated[i].From)
            {
                best = best < 0 || dated[byEnd[k]].Interval.Lo > dated[best].Interval.Lo ? byEnd[k] : best;
                k++;
            }

            floorBefore[i] = best;
        }

        var ceilingAfter = new int[dated.Count];
        var byStart = chain.OrderByDescending(j => dated[j].From).ToList();
        var byEndDescending = Enumerable.Range(0, dated.Count).OrderByDescending(i => dated[i].To).ToList();
        k = 0;
        best = -1;
        foreach (var i in byEndDescending)
        {
            while (k < byStart.Count && dated[byStart[k]].From > dated[i].To)
            {
                best = best < 0 || dated[byStart[k]].Interval.Hi < dated[best].Interval.Hi ? byStart[k] : best;
                k++;
            }

            ceilingAfter[i] = best;
        }

        // A disputed figure repeated by several sources is one finding, not one per source.
        var disputes = new Dictionary<(Values.Value, string?), (List<Claim> Against, HashSet<Claim> AgainstSeen, List<Claim> Disputed)>();
        var order = new List<(Values.Value, string?)>();
        for (var i = 0; i < dated.Count; i++)
        {
            if (inChain[i])
            {
                continue;
            }

            var against = floorBefore[i] >= 0 && dated[i].Interval.Hi < dated[floorBefore[i]].Interval.Lo ? floorBefore[i]
                : ceilingAfter[i] >= 0 && dated[i].Interval.Lo > dated[ceilingAfter[i]].Interval.Hi ? ceilingAfter[i]
                : -1;
            if (against < 0)
            {
                continue;
            }

            var key = SideSummary.ValueKey(dated[i].Claim);
            if (!disputes.TryGetValue(key, out var dispute))
            {
                disputes[key] = dispute = ([], [], []);
                order.Add(key);
            }

            dispute.Disputed.Add(dated[i].Claim);
            if (dispute.AgainstSeen.Add(dated[against].Claim))
            {
                dispute.Against.Add(dated[against].Claim);
            }
        }

        foreach (var key in order)
        {
            var (against, _, disputed) = disputes[key];
            // Nothing corroborates the figure it contradicts either: one word against another.
            yield return new Conflict(FindingKind.CumulativeDecrease, against, disputed) { Tie = chain.Count == 1 };
        }
    }

    /// <summary>Up to this many claims a fact, a running total's conflicts are weighed pair by pair; above, by the longest agreeing run.</summary>
    private const int PairwiseUpTo = 1500;

    /// <summary>
    /// Every pair that cannot both be true (the later counted strictly after the earlier, and lower)
    /// is found; then the figure that contradicts the most others is disputed first, and so on until
    /// no contradiction is left. An update slower than its neighbours is thus the one questioned, not
    /// the earlier figure it undercuts; two figures that only contradict each other are both disputed.
    /// </summary>
    private static IEnumerable<Conflict> MostContradicted(List<Timed> dated)
    {
        var n = dated.Count;
        var partners = new List<int>[n];
        var count = new int[n];
        for (var i = 0; i < n; i++)
        {
            partners[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var (earlier, later) = dated[i].To < dated[j].From ? (i, j) : dated[j].To < dated[i].From ? (j, i) : (-1, -1);
                if (earlier >= 0 && dated[later].Interval.Hi < dated[earlier].Interval.Lo)
                {
                    partners[i].Add(j);
                    partners[j].Add(i);
                    count[i]++;
                    count[j]++;
                }
            }
        }

        var disputes = new Dictionary<(Values.Value, string?), (List<Claim> Against, HashSet<Claim> AgainstSeen, List<Claim> Disputed, bool Tie)>();
        var order = new List<(Values.Value, string?)>();
        var done = new bool[n];
        while (true)
        {
            var c = -1;
            for (var i = 0; i < n; i++)
            {
                c = !done[i] && count[i] > 0 && (c < 0 || count[i] > count[c]) ? i : c;
            }

            if (c < 0)
            {
                break;
            }

            var live = partners[c].Where(p => !done[p]).ToList();
            var tie = count[c] == 1 && count[live[0]] == 1;
            done[c] = true;
            foreach (var p in live)
            {
                count[p]--;
            }

            count[c] = 0;
            if (tie)
            {
                done[live[0]] = true; // one word against another: both are questioned
            }

            var key = SideSummary.ValueKey(dated[c].Claim);
            if (!disputes.TryGetValue(key, out var dispute))
            {
                disputes[key] = dispute = ([], [], [], tie);
                order.Add(key);
            }

            dispute.Disputed.Add(dated[c].Claim);
            // a set beside the list: a figure many disputed claims contradict is looked up once each, not scanned for (n³ on dense facts)
            dispute.Against.AddRange(live.Select(p => dated[p].Claim).Where(dispute.AgainstSeen.Add));
        }

        return order.Select(k => new Conflict(FindingKind.CumulativeDecrease, disputes[k].Against, disputes[k].Disputed) { Tie = disputes[k].Tie });
    }

    /// <summary>The first minute a claim's figure may have been counted (minutes since day 1 of year 1).</summary>
    public static long CountedFrom(Claim claim) => ((long)claim.AsOf!.Value.DayNumber * ClockRange.MinutesPerDay) + (claim.AsOfTime?.FromMinute ?? 0);

    /// <summary>The last minute a claim's figure may have been counted.</summary>
    public static long CountedTo(Claim claim) => ((long)claim.AsOf!.Value.DayNumber * ClockRange.MinutesPerDay) + (claim.AsOfTime?.ToMinute ?? (ClockRange.MinutesPerDay - 1));

    private readonly record struct Timed(Claim Claim, ClaimInterval Interval, long From, long To);

    /// <summary>Indexes of a longest run whose middles never decrease (patience sorting).</summary>
    private static List<int> LongestNonDecreasing(List<Timed> dated)
    {
        var tails = new List<decimal>();
        var tailIndex = new List<int>();
        var previous = new int[dated.Count];
        for (var i = 0; i < dated.Count; i++)
        {
            var value = Middle(dated[i].Interval);
            // first tail strictly greater than value: ties extend the run
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tails[mid] <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(value);
                tailIndex.Add(i);
            }
            else
            {
                tails[lo] = value;
                tailIndex[lo] = i;
            }
        }

        var chain = new List<int>(tails.Count);
        for (var k = tailIndex.Count > 0 ? tailIndex[^1] : -1; k >= 0; k = previous[k])
        {
            chain.Add(k);
        }

        return chain;
    }

    // Closed intervals: at one coordinate, openings (+1) count before closings (-1). A struct
    // comparer: the sort is specialized and the comparison inlined, not called through a delegate.
    private readonly struct EdgeOrder : IComparer<(decimal At, int Delta)>
    {
        public int Compare((decimal At, int Delta) a, (decimal At, int Delta) b) =>
            a.At != b.At ? a.At.CompareTo(b.At) : b.Delta.CompareTo(a.Delta);
    }

    /// <summary>A claim's representative value: its middle, or its bound when open on one side.</summary>
    private static decimal Middle(ClaimInterval i) =>
        i.Hi == decimal.MaxValue ? i.Lo : i.Lo == decimal.MinValue ? i.Hi : (i.Lo / 2) + (i.Hi / 2);
}

using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// Which claims of one day speak of the same moment. A state («۱۸ نفر مفقودند») changes through the
/// day: 18 missing at midnight and 14 at 08:00 are two moments, not a dispute. Claims whose times
/// overlap are one moment; claims with no time are a moment of their own, since nothing says when in
/// the day they held.
/// </summary>
internal static class SameMoment
{
    /// <param name="sameDay">Claims of one day.</param>
    /// <returns>Groups of claims that speak of one moment, each in the input's order.</returns>
    public static IEnumerable<List<T>> Groups<T>(IReadOnlyList<T> sameDay, Func<T, ClockRange?> time)
    {
        var untimed = sameDay.Where(c => time(c) is null).ToList();
        if (untimed.Count > 0)
        {
            yield return untimed;
        }

        // Overlapping times chain into one moment, swept in order of start.
        var timed = sameDay.Select((c, i) => (Claim: c, Index: i, Time: time(c)))
            .Where(c => c.Time is not null)
            .OrderBy(c => c.Time!.Value.FromMinute)
            .ToList();
        var group = new List<(T Claim, int Index)>();
        var reach = int.MinValue;
        foreach (var (claim, index, t) in timed)
        {
            if (group.Count > 0 && t!.Value.FromMinute > reach)
            {
                yield return [.. group.OrderBy(g => g.Index).Select(g => g.Claim)];
                group.Clear();
                reach = int.MinValue;
            }

            group.Add((claim, index));
            reach = Math.Max(reach, t!.Value.ToMinute);
        }

        if (group.Count > 0)
        {
            yield return [.. group.OrderBy(g => g.Index).Select(g => g.Claim)];
        }
    }
}

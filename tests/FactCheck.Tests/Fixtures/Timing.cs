using System.Diagnostics;

namespace FactCheck.Tests.Fixtures;

/// <summary>Timings for the linear-time guards: a median, so one slow run on a shared machine does not decide.</summary>
internal static class Timing
{
    public static long Median(Action action)
    {
        var times = new long[3];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.ElapsedMilliseconds + 1;
        }

        Array.Sort(times);
        return times[1];
    }

    /// <summary>The fastest of three runs: what the work costs with the least interference from other processes.</summary>
    public static long Fastest(Action action)
    {
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.ElapsedMilliseconds + 1);
        }

        return best;
    }
}

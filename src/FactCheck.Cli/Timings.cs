using System.Diagnostics;

namespace FactCheck.Cli;

/// <summary>With FACTCHECK_TIMINGS=1, how long each phase took, on standard error: where the time goes.</summary>
internal sealed class Timings
{
    private readonly Stopwatch? _watch;
    private TimeSpan _last;

    private Timings(bool on) => _watch = on ? Stopwatch.StartNew() : null;

    public static Timings Start() => new(Environment.GetEnvironmentVariable("FACTCHECK_TIMINGS") == "1");

    public void Lap(string phase)
    {
        if (_watch is null)
        {
            return;
        }

        var now = _watch.Elapsed;
        Console.Error.WriteLine($"timing: {phase,-20} {(now - _last).TotalSeconds,7:F3} s (since process start {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds:F3} s; allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; GC pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s)");
        _last = now;
    }
}

using System.Collections.Concurrent;

namespace FactCheck.Xunit;

/// <summary>One run per attribute path and test run, however many cases ask for it (a test explorer deserializes each on its own).</summary>
internal static class RunCache<TRun>
{
    private static readonly ConcurrentDictionary<string, Lazy<TRun>> Runs = new(StringComparer.Ordinal);

    /// <param name="load">Runs for a path, relative paths looked for above the test run's output folder.</param>
    public static TRun Of(string path, Func<string, string, TRun> load) =>
        Runs.GetOrAdd(path, p => new Lazy<TRun>(() => load(p, AppContext.BaseDirectory))).Value;
}

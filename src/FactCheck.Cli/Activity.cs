namespace FactCheck.Cli;

/// <summary>
/// What the run is doing, in words, so that an internal error can say which input it was reading:
/// the one piece of state the last-resort handler in Program.cs needs.
/// </summary>
internal static class Activity
{
    public static string Current { get; set; } = "starting";

    /// <summary>
    /// Debug builds only: fails on purpose at the named stage when FACTCHECK_DEBUG_FAULT names it, so the
    /// tests can prove a crash exits 2 and says what was read. Release builds (and the native one) have no such hook.
    /// </summary>
    [System.Diagnostics.Conditional("DEBUG")]
    public static void FaultPoint(string stage)
    {
        if (Environment.GetEnvironmentVariable("FACTCHECK_DEBUG_FAULT") == stage)
        {
            throw new InvalidOperationException($"fault injected at {stage} (FACTCHECK_DEBUG_FAULT)");
        }
    }
}

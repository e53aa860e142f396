namespace FactCheck.Cli;

/// <summary>
/// What the run is doing, in words, so that an internal error can say which input it was reading:
/// the one piece of state the last-resort handler in Program.cs needs.
/// </summary>
internal static class Activity
{
    public static string Current { get; set; } = "starting";
}

using FactCheck.Consistency;
using FactCheck.Diagnostics;

namespace FactCheck.Gate;

/// <summary>
/// What a run of the gate found: the new findings to report, the accepted ones (kept for SARIF
/// suppressions and the console report), baseline entries that match nothing any more, and the
/// articles that could not be read. Every output format renders this one record.
/// </summary>
public sealed record GateResult(
    CheckReport Report,
    IReadOnlyList<Finding> New,
    IReadOnlyList<(Finding Finding, BaselineEntry Entry)> Accepted,
    IReadOnlyList<BaselineEntry> Stale,
    IReadOnlyList<Diagnostic> Errors,
    GateOptions Options)
{
    /// <summary>
    /// 0 clean, 1 new findings at or above the failing level, 2 could not judge. Stale entries never
    /// fail the run: they are reported, and --prune-baseline removes them (a prune that did its job
    /// exits 0; one refused because an article could not be read exits 2 for that article).
    /// </summary>
    public int ExitCode =>
        Errors.Count > 0 ? 2
        : New.Any(f => f.Severity <= Options.FailOn) ? 1
        : 0;
}

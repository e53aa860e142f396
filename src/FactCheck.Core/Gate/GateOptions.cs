using FactCheck.Consistency;

namespace FactCheck.Gate;

/// <summary>How the gate judges a report.</summary>
/// <param name="ChangedPaths">With --changed-since: only findings that involve one of these articles are reported.</param>
public sealed record GateOptions(Severity FailOn, Baseline Baseline, IReadOnlySet<string>? ChangedPaths = null, bool PruneBaseline = false);

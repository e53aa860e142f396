using FactCheck.Consistency;
using FactCheck.Gate;

namespace FactCheck.Cases;

/// <summary>
/// One fact of a corpus as one test case: it fails when a new finding about it is at or above the
/// gate's failing level, and passes otherwise (findings below that level, and findings accepted in
/// the baseline with their justification, are reported with the passing case). The checks on single
/// values (a weekday the date does not fall on) are one case each, keyed like a rule without a key.
/// The xunit package, the JUnit report and the CLI all take their cases from <see cref="FactCases"/>.
/// </summary>
/// <param name="Rule">The rule id, or the value check's id.</param>
/// <param name="Key">The fact's key within its rule; empty when the rule has no key parts.</param>
/// <param name="Title">The rule's English title, for people.</param>
/// <param name="Claims">How many claims (implied ones included) the fact has; for a value check, how many values it flagged.</param>
/// <param name="Failures">New findings at or above the failing level: the case fails when there is any.</param>
/// <param name="Passed">New findings below the failing level: reported, not failing.</param>
/// <param name="Accepted">Findings accepted in the baseline, with the entry that accepts each.</param>
public sealed record FactCase(
    string Rule,
    string Key,
    string Title,
    int Claims,
    IReadOnlyList<Finding> Failures,
    IReadOnlyList<Finding> Passed,
    IReadOnlyList<(Finding Finding, BaselineEntry Entry)> Accepted)
{
    /// <summary>
    /// The case's name, stable across runs (rule, key and title, never line numbers or counts), so
    /// <c>dotnet test --filter "DisplayName~checkpoints"</c> and a test explorer can pick it.
    /// </summary>
    public string Name => Key.Length == 0 ? $"{Rule}: {Title}" : $"{Rule} [{Key}]: {Title}";

    public bool Fails => Failures.Count > 0;
}

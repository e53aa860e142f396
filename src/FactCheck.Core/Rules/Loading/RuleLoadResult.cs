using FactCheck.Diagnostics;

namespace FactCheck.Rules.Loading;

/// <summary>The rules that loaded, and every problem found (all of them, not just the first).</summary>
public sealed record RuleLoadResult(RuleSet Rules, IReadOnlyList<Diagnostic> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

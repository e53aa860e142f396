using FactCheck.Rules;

namespace FactCheck.Cases;

/// <summary>
/// One example of a rule as a test case: it fails with <see cref="Problem"/> when the sentence does
/// not yield the claim it says (or yields one it says it must not).
/// </summary>
/// <param name="Number">The example's place among its rule's examples, from 1.</param>
/// <param name="Problem">What the example yields instead; null when it passes.</param>
public sealed record RuleExampleCase(string Rule, int Number, RuleExample Example, string? Problem)
{
    /// <summary>The longest part of the sentence a name shows.</summary>
    public const int NameTextLength = 60;

    /// <summary>The rule, the example's number and the start of its sentence on one line: stable while the rule file keeps its examples in order.</summary>
    public string Name
    {
        get
        {
            var text = string.Join(' ', Example.Text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            return $"{Rule} example {Number}: {(text.Length <= NameTextLength ? text : string.Concat(text.AsSpan(0, NameTextLength), "…"))}";
        }
    }

    public bool Fails => Problem is not null;

    /// <summary>Why the case fails, at the example's place in its rule file; empty when it passes.</summary>
    public string Failure => Problem is null ? string.Empty : $"{Example.Location}: {Problem}";
}

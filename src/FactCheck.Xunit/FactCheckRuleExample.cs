using FactCheck.Cases;

namespace FactCheck.Xunit;

/// <summary>One example of a rule as the argument of a theory (see <see cref="FactCheckRuleExamplesAttribute"/>), named by rule, number and sentence.</summary>
public sealed class FactCheckRuleExample : TheoryCase
{
    /// <summary>The case that stands for rule files that did not load.</summary>
    public const string RulesDoNotLoad = "FactCheck rules do not load";

    private RuleExampleCase? _case;
    private string _problem = string.Empty;

    /// <summary>For xunit's deserializer only.</summary>
    [Obsolete("For xunit's deserializer only.")]
    public FactCheckRuleExample()
    {
    }

    internal FactCheckRuleExample(string path, RuleExampleCase? testCase, string problem)
        : base(path, testCase?.Name ?? RulesDoNotLoad)
    {
        _case = testCase;
        _problem = problem;
    }

    public override bool Fails => _case?.Fails ?? true;

    /// <summary>Passes when the example yields the claim it says; else throws <see cref="FactCheckFailure"/> naming the example's file:line:col and what it yields instead.</summary>
    public void Verify()
    {
        if (_case is null || _case.Fails)
        {
            throw new FactCheckFailure(_case?.Failure ?? _problem);
        }
    }

    private protected override void Find()
    {
        var run = RunCache<RuleExamplesRun>.Of(AttributePath, RuleExamplesRun.Load);
        _case = run.Cases.FirstOrDefault(c => c.Name == Name);
        _problem = _case is not null ? string.Empty
            : run.Errors.Count > 0 ? string.Join('\n', run.Errors)
            : $"{AttributePath}: no example '{Name}' any more; run the tests again to list the current examples";
    }
}

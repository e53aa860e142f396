using System.Reflection;
using Xunit.Sdk;

namespace FactCheck.Xunit;

/// <summary>
/// Turns every example of a folder of rule files into a test case (<see cref="FactCheckRuleExample"/>),
/// so a rule author sees a broken example as a failing test named after it. Rule files that do not
/// load add one failing case listing every problem at its file:line:col.
/// <code>
/// [Theory, FactCheckRuleExamples("rules")]
/// public void Example_holds(FactCheckRuleExample example) => example.Verify();
/// </code>
/// </summary>
/// <param name="path">A rule folder (read recursively) or file: absolute, or found in the nearest folder above the test run's output that holds it.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class FactCheckRuleExamplesAttribute(string path) : DataAttribute
{
    public string Path { get; } = path;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var run = RunCache<RuleExamplesRun>.Of(Path, RuleExamplesRun.Load);
        return TheoryCase.Rows(
            run.Cases.Select(c => new FactCheckRuleExample(Path, c, string.Empty)),
            run.Errors.Count > 0 ? new FactCheckRuleExample(Path, null, string.Join('\n', run.Errors)) : null);
    }
}

using System.Reflection;
using Xunit.Sdk;

namespace FactCheck.Xunit;

/// <summary>
/// Turns a folder of articles into test cases, one per fact (<see cref="FactCheckCase"/>), checked as
/// <c>factcheck check PATH</c> checks it: with the <c>factcheck.yaml</c> above it (rule packs and
/// folders, baseline, fail-on). A run FactCheck could not judge adds one failing case naming why.
/// <code>
/// [Theory, FactCheckData("articles")]
/// public void Fact_agrees(FactCheckCase fact) => fact.Verify();
/// </code>
/// </summary>
/// <param name="path">The articles: absolute, or found in the nearest folder above the test run's output that holds it.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class FactCheckDataAttribute(string path) : DataAttribute
{
    public string Path { get; } = path;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var run = RunCache<ProjectRun>.Of(Path, ProjectRun.Check);
        return TheoryCase.Rows(
            run.Cases.Select(c => new FactCheckCase(Path, c, [])),
            run.Errors.Count > 0 ? new FactCheckCase(Path, null, run.Errors) : null);
    }
}

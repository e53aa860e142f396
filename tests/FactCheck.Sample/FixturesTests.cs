using FactCheck.Xunit;
using Xunit.Abstractions;

namespace Newsroom.Tests;

/// <summary>The repository's fixtures/ as a newsroom's corpus: one test per fact, one per rule example.</summary>
public sealed class FixturesTests(ITestOutputHelper output)
{
    [Theory, FactCheckData("fixtures")]
    public void Fact_agrees(FactCheckCase fact) => fact.Verify(output);

    [Theory, FactCheckRuleExamples("rules")]
    public void Rule_example_holds(FactCheckRuleExample example) => example.Verify();
}

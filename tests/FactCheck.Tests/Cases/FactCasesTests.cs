using FactCheck.Cases;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cases;

/// <summary>Facts as test cases: the one definition the xunit package and the JUnit report share.</summary>
public sealed class FactCasesTests
{
    [Fact]
    public void One_case_per_fact_and_per_value_check_that_flagged_something_each_finding_in_one_case()
    {
        var result = FixtureGate.Result();
        var cases = FactCases.Of(result);

        Assert.Equal(result.Report.Facts.Count + 3, cases.Count); // weekday-mismatch, reversed-range, unresolved-date
        Assert.Equal(result.Report.Summary.Facts, result.Report.Facts.Count);
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        Assert.Equal(
            result.New.Select(f => f.Fingerprint).Order(),
            cases.SelectMany(c => c.Failures.Concat(c.Passed)).Select(f => f.Fingerprint).Order());
        Assert.Equal(cases.OrderBy(c => c.Rule, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal), cases);
    }

    [Fact]
    public void A_case_fails_on_new_findings_at_or_above_the_failing_level_only()
    {
        var cases = FactCases.Of(FixtureGate.Result());

        Assert.Equal(
            ["ceasefire-statement", "checkpoints", "meeting-date", "returnees"],
            cases.Where(c => c.Fails).Select(c => c.Rule).Distinct());
        Assert.All(cases.SelectMany(c => c.Failures), f => Assert.Equal(Severity.Error, f.Severity));
        var weekday = Assert.Single(cases, c => c.Rule == "weekday-mismatch");
        Assert.False(weekday.Fails);
        Assert.Equal(Severity.Warning, Assert.Single(weekday.Passed).Severity);
        Assert.Equal("weekday-mismatch: A weekday named with a date it does not fall on", weekday.Name);

        var strict = FactCases.Of(FixtureGate.Result(failOn: Severity.Warning));
        Assert.True(Assert.Single(strict, c => c.Rule == "weekday-mismatch").Fails);
        Assert.False(Assert.Single(strict, c => c.Rule == "unresolved-date").Fails); // a note
    }

    [Fact]
    public void An_accepted_finding_passes_and_carries_its_entry()
    {
        var all = FixtureGate.Result();
        var returnees = all.New.Where(f => f.Rule == "checkpoints").ToList();
        var baseline = new Baseline(returnees.Select(f => new BaselineEntry(f.Fingerprint, f.Rule, f.Message, "told the outlet", "desk", new DateOnly(2026, 1, 1))));

        var testCase = Assert.Single(FactCases.Of(FixtureGate.Result(baseline)), c => c.Rule == "checkpoints");

        Assert.False(testCase.Fails);
        Assert.Empty(testCase.Passed);
        Assert.Equal("told the outlet", Assert.Single(testCase.Accepted).Entry.Justification);
        Assert.StartsWith("accepted in the baseline: told the outlet (desk)\nerror state-mismatch (fingerprint ", CaseText.Output(testCase), StringComparison.Ordinal);
        Assert.Equal(string.Empty, CaseText.Failure(testCase));
    }

    [Fact]
    public void Names_carry_rule_key_and_title_and_nothing_that_changes_between_runs()
    {
        var cases = FactCases.Of(FixtureGate.Result());

        Assert.Contains("checkpoints: Observation posts run by the Russian peacekeepers", cases.Select(c => c.Name));
        Assert.Contains("meeting-date [participants=بایراموف+لاوروف;month=2021-02]: Date of a meeting of leaders", cases.Select(c => c.Name));
        Assert.Equal(cases.Select(c => c.Name), FactCases.Of(FixtureGate.Result()).Select(c => c.Name));
    }

    [Fact]
    public void The_failure_text_lists_each_finding_and_its_disputed_claims()
    {
        var testCase = Assert.Single(FactCases.Of(FixtureGate.Result()), c => c.Rule == "ceasefire-statement");
        var finding = Assert.Single(testCase.Failures);

        Assert.Equal(
            $"error disagreement (fingerprint {finding.Fingerprint}): {finding.Message}\n"
            + "  fixtures/crafted/ceasefire-wrong-date.txt:7:72 نمونه الف «به گزارش خبرگزاری نمونه الف، یک سال پیش بیانیه سه جانبه آتش بس قره باغ روز ۲۲ آبان ۱۳۹۹ امضا شد.»",
            CaseText.Failure(testCase));
        Assert.Equal(string.Empty, CaseText.Output(testCase));
    }
}

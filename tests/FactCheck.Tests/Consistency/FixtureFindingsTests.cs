using FactCheck.Consistency;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Consistency;

/// <summary>
/// FactCheck as a test suite: the exact findings over fixtures/. Each crafted fixture carries one kind
/// of disagreement; the agreeing ones must raise nothing.
/// </summary>
public sealed class FixtureFindingsTests
{
    [Fact]
    public void The_fixtures_raise_exactly_the_findings_they_were_written_for()
    {
        var report = CorpusRun.Check(FixtureFiles.Articles());

        Assert.Equal(
            [
                "error ceasefire-statement disagreement <- ceasefire-wrong-date.txt",
                "error checkpoints state-mismatch <- checkpoints-state.txt",
                "error meeting-date self-contradiction <- self-contradiction.txt",
                "error returnees cumulative-decrease <- returnees-decrease.txt",
                "warning reversed-range bad-value <- reversed-range.txt",
                "warning war-start implied-disagreement <- 003_9f977fb7910c05ec.txt",
                "warning weekday-mismatch bad-value <- weekday-mismatch.txt",
                "note unresolved-date bad-value <- undated.txt",
            ],
            report.Findings.Select(CorpusRun.Describe));
    }

    [Fact]
    public void Running_totals_of_one_day_without_times_are_not_a_contradiction()
    {
        // 600 ha «تاکنون» against the seed's 479 ha, both published on 11 January 2021 with no time:
        // which was counted later cannot be told, so neither is an error.
        var report = CorpusRun.Check(["fixtures/seeds/000_e7ad95d23837b17a.txt", "fixtures/crafted/demined-same-day.txt"]);

        Assert.DoesNotContain(report.Findings, f => f.Rule == "demined-area");
        Assert.Equal(2, report.Facts.Single(f => f.Rule.Id == "demined-area").Claims.Count);
    }

    [Fact]
    public void On_the_seeds_alone_the_only_finding_is_the_start_of_the_war()
    {
        var report = CorpusRun.Check(FixtureFiles.Articles().Where(p => p.Contains("/seeds/", StringComparison.Ordinal)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("war-start", finding.Rule);
        Assert.Equal(FindingKind.ImpliedDisagreement, finding.Kind);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(
            "Start of the 2020 Karabakh war: پرسون (2021-09-28) says Shahrivar 1399 (22 August – 21 September 2020); ایرنا (2021-11-01) implies 25–27 September 2020 («۴۴ روزه» counted back from ceasefire-statement (9 November 2020))",
            finding.Message);
        Assert.Equal(["fixtures/seeds/003_9f977fb7910c05ec.txt", "fixtures/seeds/004_840ad37251b4b345.txt"], finding.Claims.Select(c => c.Path));
    }

    [Fact]
    public void Agreeing_sources_in_other_forms_raise_nothing()
    {
        // 48 thousand written as words, 9 November as 19 Aban 1399, totals that grow over time.
        var seeds = FixtureFiles.Articles().Where(p => p.Contains("/seeds/", StringComparison.Ordinal));
        var report = CorpusRun.Check([.. seeds, "fixtures/crafted/agree-other-forms.txt", "fixtures/crafted/cargo-and-materials-agree.txt"]);

        Assert.Equal(["warning war-start implied-disagreement <- 003_9f977fb7910c05ec.txt"], report.Findings.Select(CorpusRun.Describe));
        Assert.True(report.Summary.Claims > 25);
    }

    [Fact]
    public void A_wrong_date_is_named_against_everyone_who_agrees()
    {
        var report = CorpusRun.Check(FixtureFiles.Articles());
        var finding = Assert.Single(report.Findings, f => f.Rule == "ceasefire-statement");

        Assert.Equal("Date of the trilateral ceasefire statement: نمونه الف (2021-11-10) says 12 November 2020; نمونه ج (2021-01-12) and 3 other sources say 9 November 2020", finding.Message);
        Assert.Equal(5, finding.Claims.Count);
        Assert.Equal((7, 72), (finding.Claims[0].Line, finding.Claims[0].Column));
    }

    [Fact]
    public void Building_materials_and_cargo_stay_separate_facts()
    {
        var report = CorpusRun.Check(FixtureFiles.Articles());

        Assert.DoesNotContain(report.Findings, f => f.Rule is "building-materials" or "humanitarian-cargo");
    }
}

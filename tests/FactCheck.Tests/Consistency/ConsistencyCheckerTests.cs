using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Consistency;

public sealed class ConsistencyCheckerTests
{
    private static ArticleClaims Article(string path, string published, string body, string source = "خبرگزاری")
    {
        var text = $"---\nsource: {source}\npublished: {published}\n---\n{body}\n";
        return new ClaimExtractor(ShippedRules.Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(text)));
    }

    private static CheckReport Check(params ArticleClaims[] articles) => ConsistencyChecker.Check(articles, ShippedRules.Rules);

    private const string Returnees = "از ۱۴ نوامبر ۲۰۲۰ تاکنون {0} نفر از پناهندگان بازگشته اند.";

    [Theory]
    [InlineData("۴۸٬۰۰۰", "۴۸ هزار")]          // the same number written two ways
    [InlineData("۴۸ هزار", "چهل و هشت هزار")]
    [InlineData("بیش از ۴۸ هزار", "۵۰ هزار")] // more than 48 thousand, then 50 thousand
    [InlineData("حدود ۴۸ هزار", "۴۷ هزار")]    // about
    public void The_same_total_written_differently_agrees(string first, string second)
    {
        var report = Check(
            Article("a.txt", "2021-01-11", string.Format(System.Globalization.CultureInfo.InvariantCulture, Returnees, first)),
            Article("b.txt", "2021-01-11", string.Format(System.Globalization.CultureInfo.InvariantCulture, Returnees, second)));

        Assert.Empty(report.Findings);
        Assert.Equal(1, report.Summary.Facts);
    }

    [Fact]
    public void A_date_whose_two_calendars_disagree_is_reported_on_its_own()
    {
        var report = Check(Article("a.txt", "2020-11-14", "سخنگو روز پنجشنبه ۱۲ نوامبر ۲۰۲۰ (۲۵ آبان ۱۳۹۹) به پرسش ها پاسخ داد."));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ValueChecks.DateClash, Severity.Warning), (finding.Rule, finding.Severity));
        Assert.Contains("whose two calendars name different days", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_check_has_its_message_and_its_severity()
    {
        Assert.Equal(ValueChecks.All.Count, ValueChecks.All.Select(c => c.Id).Distinct().Count());
        Assert.All(ValueChecks.All, c => Assert.Same(c, ValueChecks.Get(c.Id)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueChecks.Get("no-such-check"));
    }

    [Fact]
    public void A_total_may_grow_but_never_shrink()
    {
        var earlier = Article("a.txt", "2021-01-11", string.Format(System.Globalization.CultureInfo.InvariantCulture, Returnees, "۴۸ هزار"));
        var grows = Article("b.txt", "2021-03-01", string.Format(System.Globalization.CultureInfo.InvariantCulture, Returnees, "۵۵ هزار"));
        var shrinks = Article("c.txt", "2021-03-01", string.Format(System.Globalization.CultureInfo.InvariantCulture, Returnees, "۳۰ هزار"));

        Assert.Empty(Check(earlier, grows).Findings);
        var finding = Assert.Single(Check(earlier, shrinks).Findings);
        Assert.Equal(FindingKind.CumulativeDecrease, finding.Kind);
        Assert.Contains("a running total cannot go down", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_overstated_total_is_the_outlier_not_every_correct_report_after_it()
    {
        var reports = new[] { ("a.txt", "2021-02-01", "۵۰۰"), ("b.txt", "2021-03-01", "۹۰۰"), ("c.txt", "2021-04-01", "۶۰۲"), ("d.txt", "2021-05-01", "۶۵۱"), ("e.txt", "2021-06-01", "۷۰۳") }
            .Select(r => Article(r.Item1, r.Item2, $"واحدهای روسی {r.Item3} هکتار را از مین پاکسازی کردند.")).ToArray();

        var finding = Assert.Single(Check(reports).Findings);

        Assert.Equal(FindingKind.CumulativeDecrease, finding.Kind);
        Assert.Equal("b.txt", finding.Claims[0].Path); // the 900 in March is the one out of line
        Assert.Contains("more than the 602 hectares", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_since_dates_are_different_facts()
    {
        var report = Check(
            Article("a.txt", "2021-01-11", "از ۱۴ نوامبر ۲۰۲۰ تاکنون ۴۸ هزار نفر از پناهندگان بازگشته اند."),
            Article("b.txt", "2021-01-11", "از ۱ دسامبر ۲۰۲۰ تاکنون ۲۰ هزار نفر از پناهندگان بازگشته اند."));

        Assert.Empty(report.Findings);
        Assert.Equal(2, report.Summary.Facts);
    }

    [Fact]
    public void A_month_precision_date_is_the_whole_month()
    {
        var report = Check(
            Article("a.txt", "2021-01-11", "بیانیه آتش بس در ۹ نوامبر ۲۰۲۰ امضا شد."),
            Article("b.txt", "2021-01-11", "بیانیه آتش بس در نوامبر ۲۰۲۰ امضا شد."));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void States_far_apart_in_time_may_differ()
    {
        var report = Check(
            Article("a.txt", "2021-01-11", "صلحبانان روس ۲۳ مقر بازرسی دارند."),
            Article("b.txt", "2021-06-11", "صلحبانان روس ۳۰ مقر بازرسی دارند."));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_state_conflict_after_a_quiet_spell_is_found_whatever_came_before()
    {
        var posts = new[] { ("a.txt", "2021-01-01", "۲۳"), ("b.txt", "2021-01-02", "۳۰"), ("c.txt", "2021-02-10", "۳۰"), ("d.txt", "2021-02-11", "۲۳") }
            .Select(r => Article(r.Item1, r.Item2, $"صلحبانان روس {r.Item3} مقر بازرسی دارند.")).ToArray();

        var findings = Check(posts).Findings;

        Assert.Equal(2, findings.Count); // January's pair and February's pair, each on its own
        Assert.Contains(findings, f => f.Claims.Any(c => c.Path == "c.txt") && f.Claims.Any(c => c.Path == "d.txt"));
    }

    [Fact]
    public void Fingerprints_do_not_depend_on_lines_or_on_agreeing_sources()
    {
        var wrong = Article("w.txt", "2021-01-11", "بیانیه آتش بس در ۱۲ نوامبر ۲۰۲۰ امضا شد.");
        var movedDown = Article("w.txt", "2021-01-11", "\n\nمقدمه.\n\nبیانیه آتش بس در ۱۲ نوامبر ۲۰۲۰ امضا شد.");
        var right = Article("r.txt", "2021-01-11", "بیانیه آتش بس در ۹ نوامبر ۲۰۲۰ امضا شد.");
        var alsoRight = Article("s.txt", "2021-01-11", "بیانیه آتش بس در ۱۹ آبان ۱۳۹۹ امضا شد.");

        var before = Assert.Single(Check(wrong, right).Findings).Fingerprint;
        Assert.Equal(before, Assert.Single(Check(movedDown, right).Findings).Fingerprint);
        Assert.Equal(before, Assert.Single(Check(movedDown, right, alsoRight).Findings).Fingerprint);
        var changed = Article("w.txt", "2021-01-11", "بیانیه آتش بس در ۱۳ نوامبر ۲۰۲۰ امضا شد.");
        Assert.NotEqual(before, Assert.Single(Check(changed, right).Findings).Fingerprint);
    }

    [Fact]
    public void Findings_come_most_severe_first_and_in_a_stable_order()
    {
        var first = CorpusRun.Check(FixtureFiles.Articles());
        var second = CorpusRun.Check(FixtureFiles.Articles().Reverse());

        Assert.Equal(first.Findings.Select(f => f.Fingerprint), second.Findings.Select(f => f.Fingerprint));
        Assert.Equal(first.Findings.OrderBy(f => f.Severity).Select(f => f.Fingerprint), first.Findings.Select(f => f.Fingerprint));
    }
}

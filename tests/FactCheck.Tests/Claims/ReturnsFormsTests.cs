using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Forms a blind story of migrants' returns (fixtures/stories/returns) raised: two bodies' running
/// totals (a border province's exits and Kabul's returns) differing, one day's count beside the total.
/// </summary>
public sealed class ReturnsFormsTests
{
    private static readonly RuleSet Rules = InlineRules.Load(InlineRules.People(
        "returned", "برگشته‌اند",
        extra: "key: [{name: since, date-after: [از], required: false}, {name: window, names: [روز گذشته = در یک روز], required: false}]"));

    private static ArticleClaims Extract(string published, string body, string path) =>
        new ClaimExtractor(Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes($"---\nsource: {path}\npublished: {published}\n---\n{body}\n")));

    [Theory]
    [InlineData("وزارت مهاجرین گفت", "استانداری گفت", Severity.Warning)] // two bodies counting, maybe different things
    [InlineData("وزارت مهاجرین گفت", "وزارت مهاجرین گفت", Severity.Error)] // one body's total went down
    [InlineData("", "", Severity.Error)]                                   // the outlets' totals went down
    [InlineData("وزارت مهاجرین گفت", "", Severity.Error)]                 // an outlet stating it itself is not another body
    public void A_falling_total_between_two_bodies_is_a_warning(string first, string second, Severity severity)
    {
        var earlier = Extract("2026-10-03", $"{first} تاکنون ۱۵۱ هزار و ۱۹۰ نفر برگشته‌اند.", "a.txt");
        var later = Extract("2026-10-05", $"{second} تاکنون ۱۲۸ هزار نفر برگشته‌اند.", "b.txt");

        var finding = Assert.Single(ConsistencyChecker.Check([earlier, later], Rules).Findings);

        Assert.Equal((FindingKind.CumulativeDecrease, severity), (finding.Kind, finding.Severity));
    }

    [Fact]
    public void One_day_s_count_is_not_the_running_total()
    {
        var total = Extract("2026-09-26", "تاکنون ۴۱ هزار و ۵۰۰ نفر برگشته‌اند.", "a.txt");
        var day = Extract("2026-09-27", "روز گذشته ۱۱ هزار و ۶۵۰ نفر برگشته‌اند.", "b.txt");

        Assert.Equal("since=-;window=روز گذشته", Assert.Single(day.Claims).Key);
        Assert.Empty(ConsistencyChecker.Check([total, day], Rules).Findings);
    }
}

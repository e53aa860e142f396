using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Claims;

/// <summary>
/// A day named only from the day of writing («امروز»، «بامداد جمعه»، «هفته گذشته») makes a date claim
/// only where the rule allows it: a copy republished a day later still says «امروز».
/// </summary>
public sealed class RelativeDayClaimTests
{
    private static string DateRule(bool relativeDays) =>
        "id: event-date\ntitle: {fa: x, en: x}\nvalue:\n  type: date\n" + (relativeDays ? string.Empty : "  relative-days: false\n")
        + "cues: [زلزله]\ncue-window: 4\nnature: event\nexamples: [{text: بی ربط, none: true}]\n";

    private static string[] Dates(bool relativeDays, string sentence)
    {
        var rules = InlineRules.Load(DateRule(relativeDays));
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes($"---\npublished: 2025-10-10\n---\n{sentence}\n"));
        return [.. new ClaimExtractor(rules).Extract(article).Claims.Select(c => ((DateValue)c.Value).From!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
    }

    [Theory]
    [InlineData("زلزله بامداد امروز روستاها را لرزاند.")]
    [InlineData("زلزله بامداد جمعه روستاها را لرزاند.")]
    [InlineData("زلزله دیروز روستاها را لرزاند.")]
    public void A_relative_day_is_no_claim_where_the_rule_says_so(string sentence)
    {
        Assert.Empty(Dates(relativeDays: false, sentence));
        Assert.Single(Dates(relativeDays: true, sentence));
    }

    [Theory]
    [InlineData("زلزله ۱۸ مهر ۱۴۰۴ روستاها را لرزاند.", "2025-10-10")]
    [InlineData("زلزله بامداد جمعه ۱۸ مهر روستاها را لرزاند.", "2025-10-10")] // a weekday with its calendar day
    [InlineData("زلزله روز ۱۰ اکتبر روستاها را لرزاند.", "2025-10-10")]
    public void A_written_day_is_a_claim_either_way(string sentence, string date)
    {
        Assert.Equal([date], Dates(relativeDays: false, sentence));
        Assert.Equal([date], Dates(relativeDays: true, sentence));
    }
}

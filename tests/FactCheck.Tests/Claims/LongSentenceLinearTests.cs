using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Issue 11: one long sentence made extraction quadratic (each claim re-read its whole sentence:
/// copied it, searched its as-of phrases, vetoes and key words). Like the recognizer's 10 MB guard,
/// a ratio between two sizes, never an absolute time: linear is 8x, quadratic 64x.
/// </summary>
public sealed class LongSentenceLinearTests
{
    private static readonly Lazy<ClaimExtractor> Extractor = new(() => new ClaimExtractor(new RuleSet(
        [.. ShippedRules.Rules.Rules, .. ShippedRules.NewsResult.Rules.Rules.Where(r => ShippedRules.Rules.Find(r.Id) is null)])));

    [Theory]
    [InlineData("", "چهل و هشت هزار نفر کشته و ", 1)] // number words, each with its cue
    [InlineData("", "بیانیه آتش بس ۹ نوامبر ۲۰۲۰ و ", 1)] // cue + date, with a key word and a veto-free window
    [InlineData("", "تا ساعت ۱۷ امروز ۴۰۷ نفر جان باختند و ", 1)] // an as-of phrase for every figure
    [InlineData("جان باختگان به تفکیک: ", "سرآبگل ۱۳۸ نفر، ", 1)] // one breakdown list
    [InlineData("", "زلزله ۲۱ آبان ۹۶ ۵ کشته و ۳۱ اسفند ۱۴۰۲ و ", 2)] // key dates, earlier years, flagged values
    public void One_sentence_eight_times_as_long_costs_about_eight_times_as_much(string opening, string unit, int perUnit)
    {
        const int Small = 2_000;
        const int Large = 8 * Small;
        var small = Article(opening, unit, Small);
        var large = Article(opening, unit, Large);
        Extractor.Value.Extract(small); // warm up

        var smallTime = Timing.Fastest(() => Extractor.Value.Extract(small));
        var largeTime = Timing.Fastest(() => Extractor.Value.Extract(large));

        // Linear is 8x; quadratic would be 64x (the code before measured 62x). 32x leaves room for GC and a busy machine.
        Assert.True(largeTime < smallTime * 32, $"{Small}: {smallTime} ms, {Large}: {largeTime} ms");
        var claims = Extractor.Value.Extract(large);
        Assert.True(claims.Claims.Count + claims.Flagged.Count >= Large * perUnit, $"{claims.Claims.Count} claims, {claims.Flagged.Count} flagged");
    }

    [Fact]
    public void A_claim_keeps_a_bounded_part_of_a_very_long_sentence_around_its_value()
    {
        var claims = Extractor.Value.Extract(Article(string.Empty, "چهل و هشت هزار نفر کشته و ", 5_000)).Claims;

        Assert.All(claims, c => Assert.True(c.Sentence.Length <= Claim.MaxSentenceLength + 2, $"{c.Sentence.Length}"));
        Assert.All(claims, c => Assert.Contains(c.Text, c.Sentence, StringComparison.Ordinal));
        Assert.StartsWith("چهل", claims[0].Sentence, StringComparison.Ordinal);
        Assert.EndsWith("…", claims[0].Sentence, StringComparison.Ordinal);
        Assert.StartsWith("…", claims[^1].Sentence, StringComparison.Ordinal);
    }

    private static Article Article(string opening, string unit, int times)
    {
        var body = new StringBuilder(opening, opening.Length + (unit.Length * times) + 2);
        for (var i = 0; i < times; i++)
        {
            body.Append(unit);
        }

        return ArticleReader.Read("long.txt", Encoding.UTF8.GetBytes($"---\nsource: x\npublished: 2020-11-20\n---\n{body}.\n"));
    }
}

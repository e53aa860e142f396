using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Two forms of real copy: the figure in a front-matter headline, and a fact written in any tense
/// while its rule lists one («جان باختند» in the rule, «جان باخته‌اند» in the article).
/// </summary>
public sealed class HeadlineAndTenseTests
{
    private static readonly RuleSet Casualties = InlineRules.Load(
        InlineRules.People("killed", "جان باختند, کشته شدند, جان خود را از دست دادند"),
        InlineRules.People("injured", "مصدوم, مصدوم شدند"));

    private static ArticleClaims Extract(string text) =>
        new ClaimExtractor(Casualties).Extract(ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes(text)));

    private static string Describe(Article article, Claim c)
    {
        var (line, column) = article.Lines.Locate(c.Span.Start);
        return $"{c.Rule}={((Quantity)c.Value).Nominal}@{line}:{column}";
    }

    [Theory]
    [InlineData("title: \"۱۲ نفر در آتش‌سوزی جان باختند\"", "killed=12@3:9")]          // quoted
    [InlineData("title: ۱۲ نفر در آتش‌سوزی جان باختند", "killed=12@3:8")]             // plain
    [InlineData("title: '۱۲ نفر در آتش‌سوزی جان باختند'", "killed=12@3:9")]           // single-quoted
    public void A_headline_in_front_matter_is_read_at_its_own_line_and_column(string titleLine, string expected)
    {
        var text = $"---\nsource: x\n{titleLine}\npublished: 2026-08-10\n---\nمتن خبر بدون رقم.\n";
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes(text));
        var claims = new ClaimExtractor(Casualties).Extract(article).Claims;

        Assert.Equal([expected], claims.Select(c => Describe(article, c)));
    }

    [Fact]
    public void The_rest_of_the_front_matter_is_never_read_and_the_headline_is_a_sentence_of_its_own()
    {
        // no final stop on the headline: the body's first figure must not bind to its verb
        var text = "---\ntitle: \"آتش‌سوزی در کوه\"\npublished: 2026-08-10\ntags: [۵ نفر]\n---\n۳ نفر کشته شدند.\n";
        var claims = Extract(text).Claims;

        Assert.Equal(["killed=3"], claims.Select(c => $"{c.Rule}={((Quantity)c.Value).Nominal}"));
    }

    [Fact]
    public void A_title_the_file_does_not_hold_verbatim_is_not_placed_anywhere()
    {
        // an escaped quote: the value differs from the file's characters
        var text = "---\ntitle: \"۱۲ نفر \\\"جان باختند\\\"\"\npublished: 2026-08-10\n---\nمتن.\n";
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(article.TitleSpan);
        Assert.NotNull(article.Metadata.Title);
    }

    [Theory]
    [InlineData("۱۶ نفر مصدوم شده‌اند.", "injured=16")]
    [InlineData("سه نفر جان خود را از دست داده‌اند.", "killed=3")]
    [InlineData("سه نفر جان خود را از دست داد.", "killed=3")]
    [InlineData("۴۰ نفر جان باخته است.", "killed=40")]
    [InlineData("۴۰ نفر جان باخته بودند.", "killed=40")]
    [InlineData("۱۶ مصدوم و سه جان‌باخته", "injured=16,killed=3")]
    [InlineData("۱۶ نفر از نیروهای امدادی مصدوم شده‌اند و سه نفر جان خود را از دست داده‌اند.", "injured=16,killed=3")]
    public void A_cue_stands_for_its_other_tenses(string sentence, string expected)
    {
        var claims = Extract($"---\npublished: 2026-08-10\n---\n{sentence}\n").Claims;

        Assert.Equal(expected, string.Join(',', claims.Select(c => $"{c.Rule}={((Quantity)c.Value).Nominal}")));
    }

    [Theory]
    [InlineData("جان باختند", "جان باختند|جان باخت|جان باخته|جان باخته اند|جان باخته است|جان باخته بود|جان باخته بودند")]
    [InlineData("بازگشتند", "بازگشتند|بازگشت|بازگشته|بازگشته اند|بازگشته است|بازگشته بود|بازگشته بودند")]
    [InlineData("فرزند", "فرزند")]         // ends in «ند» but the rest does not end as a past stem does
    [InlineData("چند", "چند")]
    [InlineData("رسند", "رسند")]           // «رس» is no past stem
    [InlineData("دند", "دند")]             // too short to hold a stem
    [InlineData("کشته", "کشته")]
    public void Forms_of_a_cue(string cue, string forms) =>
        Assert.Equal(forms, string.Join('|', CueForms.Of(cue)));
}

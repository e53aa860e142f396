using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values;

namespace FactCheck.Tests.Claims;

/// <summary>
/// A number counting a noun for people with no classifier («دو همیار طبیعت»، «یک جنگلبان»): a count
/// of people, which a fact's verb takes as its subject, and which no nearby casualty noun takes.
/// </summary>
public sealed class PersonNounCountTests
{
    private static readonly RuleSet Casualties = InlineRules.Load(
        InlineRules.People("killed", "جان باختند, کشته شدند, پیکر"),
        InlineRules.People("injured", "مصدوم, مصدوم شدند, مجروحان"));

    private static string Claims(string sentence)
    {
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes($"---\npublished: 2026-08-10\n---\n{sentence}\n"));
        return string.Join(',', new ClaimExtractor(Casualties).Extract(article).Claims.Select(c => $"{c.Rule}={((Quantity)c.Value).Nominal}"));
    }

    [Theory]
    [InlineData("دو همیار طبیعت در آتش‌سوزی سپیدار جان باختند", "killed=2")]
    [InlineData("در آن حادثه یک جنگلبان جان باخت.", "killed=1")]
    [InlineData("سه آتش‌نشان مصدوم شدند و ۲ کودک جان باختند.", "injured=3,killed=2")]
    [InlineData("۱۲ معدنچی زیر آوار کشته شدند.", "killed=12")]
    [InlineData("تاکنون پیکر ۹ معدنچی از معدن خارج شد.", "killed=9")] // a cue right before the count
    [InlineData("در این حادثه ۱۲ افغانستانی جان باختند.", "killed=12")]              // nationals counted by their country
    public void A_count_of_named_people_is_the_subject_of_its_verb(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("۳۰ امدادگر مجروحان را به بیمارستان رساندند.")]       // a casualty noun right after: the helpers' object
    [InlineData("۱۵۰ نیروی امدادی برای نجات مصدومان اعزام شدند.")]
    [InlineData("جان باختند؛ سه پزشک در محل حاضر بودند.")]            // a verb before the count is another clause's
    [InlineData("دو پزشک گفتند کسی جان نباخت و مجروحان منتقل شدند.")]
    public void A_count_of_named_people_is_not_a_casualty_figure_it_only_stands_near(string sentence) =>
        Assert.Equal(string.Empty, Claims(sentence));

    [Theory]
    [InlineData("دو همیار", "2")]
    [InlineData("یک جنگلبان", "1")]
    [InlineData("۱۲ آتش‌نشان", "12")]
    [InlineData("یک میلیون و ۱۳۰ هزار افغانستانی", "1130000")]
    public void The_noun_is_the_count_s_unit(string text, string nominal)
    {
        var value = Assert.IsType<Quantity>(Assert.Single(ValueRecognizer.Persian.Recognize(text)));

        Assert.Equal(nominal, value.Nominal?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Unit.Person, value.Unit);
    }
}

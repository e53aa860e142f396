using System.Text;
using FactCheck.Articles;
using FactCheck.Discovery;
using FactCheck.Rules;

namespace FactCheck.Tests.Discovery;

/// <summary>Grouping and ranking on small articles written for the test.</summary>
public sealed class FactDiscovererTests
{
    private static Article Article(string name, string source, string published, string body) =>
        ArticleReader.Read($"a/{name}.txt", Encoding.UTF8.GetBytes($"---\nsource: {source}\npublished: {published}\n---\n{body}\n"));

    [Theory]
    // sentence -> the fact word (as written) and its side
    [InlineData("تا ظهر امروز ۳۸ نفر جان باختند.", "جان", "after")]
    [InlineData("تا ظهر امروز ۳۸ تن جان باختند.", "جان", "after")] // تن is a classifier like نفر
    [InlineData("۱۴ نفر دیگر نیز مجروح شدند.", "مجروح", "after")] // fillers skipped
    [InlineData("۱۹۵ نفر از هموطنان در زلزله سرآبگل جان باختند.", "جان", "after")] // a preposition: the clause's verb
    [InlineData("شمار جان‌باختگان زلزله سرآبگل به ۱۱۲ نفر رسید.", "جان‌باختگان", "before")] // the count head's noun
    [InlineData("مجروحان به ۱۲۵۰ نفر رسید.", "مجروحان", "before")]
    [InlineData("زلزله ۱۸ مهر ۱۴۰۴ خسارت زیادی داشت.", "زلزله", "before")] // a date's event noun
    [InlineData("توافق روز ۱۹ اردیبهشت ۱۴۰۴ در کارنا امضا شد.", "امضا", "after")] // what its clause says happened
    [InlineData("زخمی‌ها به ۱۲ نفر رسید.", "زخمی‌ها", "before")] // a word in parts, read back to its first part
    [InlineData("شمار مجروحان به ۱۲", "مجروحان", "before")] // a figure that ends the text
    [InlineData("زمین‌لرزه ۱۸ مهر ۱۴۰۴ رخ داد.", "زمین‌لرزه", "before")] // «رخ داد» names no event: the noun before
    [InlineData("زلزله ۱۸ مهر رخ داد.", "زلزله", "before")] // a day and month with no year, resolved against publication
    [InlineData("این زلزله ۶.۱ ریشتری بود.", "زلزله", "before")] // a reading: the word before it
    [InlineData("شمار کشته‌شدگان این حادثه به ۲۰ نفر رسید.", "کشته‌شدگان", "before")] // the count head's noun, read forward whole
    public void A_figure_is_grouped_by_the_word_that_says_what_it_counts(string sentence, string word, string side)
    {
        var sighting = Assert.Single(FactDiscoverer.Sightings(Article("x", "الف", "2025-10-10", sentence)));

        Assert.Equal(word, sighting.Word);
        Assert.Equal(side == "after" ? WordSide.After : WordSide.Before, sighting.Side);
    }

    [Theory]
    [InlineData("در ده‌نار خسارت زیادی بود.")] // a number word inside a name
    [InlineData("رقم نهایی ۳۸ است.")] // nothing after the figure says what is counted
    [InlineData("هزاران نفر جان باختند.")] // a vague amount
    [InlineData("در کلاته‌ده خسارت زیادی بود.")] // a number word after a joiner, inside a name
    [InlineData("۱۲ نفر گزارش شدند.")] // a word that never names a fact
    [InlineData("زلزله روز جمعه رخ داد.")] // a relative date with no day written
    public void Values_that_count_nothing_named_are_no_sighting(string sentence) =>
        Assert.Empty(FactDiscoverer.Sightings(Article("x", "الف", "2025-10-10", sentence)));

    [Fact]
    public void Spelling_variants_and_classifiers_fold_into_one_fact_reported_by_each_source()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-10-10", "تا صبح ۳۸ نفر کشته شدند."),
            Article("2", "ب", "2025-10-11", "تا کنون ۴۱ تن کشته‌شدگان این حادثه اند و ۵ نفر زخمی شدند."),
            Article("3", "ج", "2025-10-12", "شمار کشته‌ها به ۵۰ نفر رسید."),
        ]);

        var fact = Assert.Single(facts); // زخمی: one source alone is no candidate
        Assert.Equal("count:کشته", $"{fact.Kind}:{fact.FactKey}");
        Assert.Equal(3, fact.Sources);
        Assert.Equal(["38", "41", "50"], fact.Values);
        Assert.True(fact.Disagree);
        Assert.Equal(FactNature.Cumulative, fact.Nature); // grows with the publication date
        Assert.Equal(new DateOnly(2025, 10, 10), fact.FirstReported);
        Assert.Equal(new DateOnly(2025, 10, 12), fact.LastReported);
        Assert.Equal(["کشته", "کشته‌شدگان", "کشته‌ها"], fact.Words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Variants_are_listed_most_used_first_and_undated_reports_have_no_dates()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-10-10", "۳۸ نفر کشته‌ها شدند."),
            ArticleReader.Read("a/2.txt", Encoding.UTF8.GetBytes("۴۱ نفر کشته شدند. ۴۲ نفر کشته شدند.\n")),
            ArticleReader.Read("a/3.txt", Encoding.UTF8.GetBytes("۴۳ نفر کشته شدند.\n")),
        ]);
        var undated = FactDiscoverer.Discover(
        [
            ArticleReader.Read("a/2.txt", Encoding.UTF8.GetBytes("۴۱ نفر کشته شدند.\n")),
            ArticleReader.Read("a/3.txt", Encoding.UTF8.GetBytes("۴۳ نفر کشته شدند.\n")),
        ]);

        Assert.Equal(["کشته", "کشته‌ها"], Assert.Single(facts).Words);
        Assert.Equal(new DateOnly(2025, 10, 10), facts[0].LastReported);
        var fact = Assert.Single(undated);
        Assert.Null(fact.FirstReported);
        Assert.Null(fact.LastReported);
    }

    [Fact]
    public void Facts_are_ranked_by_sources_then_by_disagreement_then_by_sightings()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-10-10", "۱۲ نفر مجروح شدند. ۳ نفر مفقود شدند. ۷ نفر بازداشت شدند."),
            Article("2", "ب", "2025-10-10", "۱۲ نفر مجروح شدند. ۴ نفر مفقود شدند. ۷ نفر بازداشت شدند."),
            Article("3", "ج", "2025-10-10", "۱۲ نفر مجروح شدند."),
            Article("4", "ب", "2025-10-11", "۷ نفر بازداشت شدند."),
        ]);

        Assert.Equal(["مجروح", "مفقود", "بازداشت"], facts.Select(f => f.FactKey));
        Assert.Equal([1, 2, 3], facts.Select(f => f.Rank));
        Assert.Equal([3, 2, 2], facts.Select(f => f.Sources));
        Assert.Equal([false, true, false], facts.Select(f => f.Disagree));
    }

    [Fact]
    public void Values_the_rules_already_claim_are_left_out()
    {
        var articles = new[] { Article("1", "الف", "2025-10-10", "۳۸ نفر کشته شدند."), Article("2", "ب", "2025-10-10", "۴۰ نفر کشته شدند.") };
        var claimed = FactDiscoverer.Sightings(articles[0]).Select(s => (s.Path, s.Value.Span.Start)).ToHashSet();

        Assert.Single(FactDiscoverer.Discover(articles));
        Assert.Empty(FactDiscoverer.Discover(articles, claimed));
    }

    [Fact]
    public void Every_sighting_keeps_the_span_line_and_sentence_of_the_original_text()
    {
        var article = Article("1", "الف", "2025-10-10", "خبر.\nتا صبح ۳٨ نفر کشته شدند.");

        var sighting = Assert.Single(FactDiscoverer.Sightings(article));

        Assert.Equal("۳٨ نفر", article.Text[sighting.Value.Span.Start..sighting.Value.Span.End]); // mixed digits, as written
        Assert.Equal("۳٨ نفر", sighting.Text);
        Assert.Equal(6, sighting.Line);
        Assert.Equal(8, sighting.Column);
        Assert.Equal("تا صبح ۳٨ نفر کشته شدند.", sighting.Sentence);
    }
}

using System.Text;
using FactCheck.Articles;
using FactCheck.Discovery;
using FactCheck.Rules;
using FactCheck.Rules.Loading;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Discovery;

public sealed class DraftRulesTests
{
    private static Article Article(string name, string source, string published, string body) =>
        ArticleReader.Read($"a/{name}.txt", Encoding.UTF8.GetBytes($"---\nsource: {source}\npublished: {published}\n---\n{body}\n"));

    [Fact]
    public void Every_draft_loads_and_its_examples_are_sentences_of_the_users_own_articles()
    {
        var articles = FixtureFiles.Story("quake");
        var drafts = DraftRules.Draft(FactDiscoverer.Discover(articles));

        Assert.True(drafts.Count >= 6, $"{drafts.Count} drafts");
        var loaded = RuleSetLoader.Load(drafts.Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Yaml))));
        Assert.Empty(loaded.Errors);
        Assert.Equal(drafts.Count, loaded.Rules.Rules.Count);
        foreach (var rule in loaded.Rules.Rules)
        {
            Assert.InRange(rule.Examples.Count, 1, DraftRules.MaxExamples);
            Assert.All(rule.Examples, e => Assert.Contains(articles, a => a.Text.Contains(e.Text, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_draft_takes_its_cues_dimension_and_nature_from_what_was_seen()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-10-10", "تا صبح ۳۸ نفر جان باختند."),
            Article("2", "ب", "2025-10-11", "شمار جان‌باختگان به ۱۱۲ نفر رسید."),
        ]);

        var draft = Assert.Single(DraftRules.Draft(facts));
        var rule = Assert.Single(RuleSetLoader.Load([(draft.FileName, Encoding.UTF8.GetBytes(draft.Yaml))]).Rules.Rules);

        Assert.Equal("discovered-1-count", rule.Id);
        Assert.Equal(["جان", "جان‌باختگان"], rule.Cues.Order(StringComparer.Ordinal));
        Assert.Equal(CueSide.Either, rule.CueSide); // one figure before its word, one after
        Assert.Equal([FactCheck.Values.Dimension.People], rule.Dimensions);
        Assert.Equal(FactNature.Cumulative, rule.Nature); // 38 then 112
        Assert.Equal(DraftWriter.QuantityWindow, rule.CueWindow); // the wide window reads no more
        Assert.Empty(rule.Veto);
        Assert.Equal([38m, 112m], rule.Examples.Select(e => e.Value).Order());
    }

    [Fact]
    public void Sentences_with_yaml_syntax_in_them_are_escaped_and_read_back_as_written()
    {
        // A colon and space, a hash, quotes, brackets and a line break: each would break a hand-written YAML line.
        const string Tricky = "«گزارش»: ۱۲ نفر مجروح شدند # [اول] 'نقل' \"قول\" و\n{دوم} - *ستاره* & % @ `|> \\ بود.";
        var facts = FactDiscoverer.Discover([Article("1", "الف", "2025-10-10", Tricky), Article("2", "ب", "2025-10-10", "۱۲ نفر مجروح شدند.")]);

        var draft = Assert.Single(DraftRules.Draft(facts));
        var rule = Assert.Single(RuleSetLoader.Load([(draft.FileName, Encoding.UTF8.GetBytes(draft.Yaml))]).Rules.Rules);

        Assert.True(rule.Examples.Any(e => e.Text == Tricky), draft.Yaml);
    }

    [Fact]
    public void A_unit_names_the_draft_and_its_dimension_and_only_date_drafts_take_vetoes()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2026-08-10", "۳۰۰ هکتار جنگل سوخت. جنگل از ۱۸ مرداد ۱۴۰۵ آغاز شد."),
            Article("2", "ب", "2026-08-11", "۴۰۰ هکتار جنگل سوخت. جنگل از ۱۸ مرداد ۱۴۰۵ آغاز شد."),
        ]);

        var drafts = DraftRules.Draft(facts);
        var rules = RuleSetLoader.Load(drafts.Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Yaml)))).Rules.Rules;

        Assert.Equal(["discovered-1-area", "discovered-2-date"], drafts.Select(d => d.Id));
        Assert.Equal(["discovered-1-area.yaml", "discovered-2-date.yaml"], drafts.Select(d => d.FileName));
        Assert.Equal([FactCheck.Values.Dimension.Area], rules[0].Dimensions);
        Assert.Empty(rules[0].Veto); // the other fact is a date, but this draft is none
        Assert.Empty(rules[1].Veto); // no other date says what happened
    }

    [Fact]
    public void Examples_come_from_different_sources_shortest_sentence_first()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-10-10", "در گزارشی بلند و مفصل امروز آمده است که ۳۸ نفر مجروح شدند. ۳۸ نفر مجروح شدند."),
            Article("2", "ب", "2025-10-10", "تا ظهر ۳۸ نفر مجروح شدند."),
        ]);

        var rule = RuleSetLoader.Load(DraftRules.Draft(facts).Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Yaml)))).Rules.Rules.Single();

        Assert.Equal(["۳۸ نفر مجروح شدند.", "تا ظهر ۳۸ نفر مجروح شدند."], rule.Examples.Select(e => e.Text));
    }

    [Fact]
    public void A_date_draft_vetoes_what_other_dates_say_happened()
    {
        var facts = FactDiscoverer.Discover(
        [
            Article("1", "الف", "2025-05-10", "توافق روز ۱۹ اردیبهشت ۱۴۰۴ در کارنا امضا شد. جنگ از ۱۴ اسفند ۱۴۰۳ آغاز شد."),
            Article("2", "ب", "2025-05-11", "توافق روز ۱۹ اردیبهشت ۱۴۰۴ امضا شد. جنگ از ۱۴ اسفند ۱۴۰۳ آغاز شد."),
        ]);

        var drafts = DraftRules.Draft(facts);
        var rules = RuleSetLoader.Load(drafts.Select(d => (d.FileName, Encoding.UTF8.GetBytes(d.Yaml)))).Rules.Rules;

        Assert.Equal(["آغاز", "امضا"], facts.Select(f => f.FactKey).Order(StringComparer.Ordinal));
        Assert.All(rules, r => Assert.Single(r.Veto));
        Assert.All(rules, r => Assert.Equal(DraftWriter.DateWindow, r.CueWindow));
        Assert.Equal(["آغاز", "امضا"], rules.Select(r => r.Veto[0]).Order(StringComparer.Ordinal));
    }
}

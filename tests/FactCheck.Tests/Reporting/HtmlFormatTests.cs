using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Html;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// <c>check --format html</c> read back by an HTML parser (AngleSharp, not FactCheck's own): one
/// chart per fact and one mark per claim, findings first, nothing fetched, links only to articles,
/// Persian fields right to left, every field escaped.
/// </summary>
public sealed class HtmlFormatTests
{
    internal static IDocument Parse(GateResult result) => new HtmlParser().ParseDocument(GateFormatTests.Render(new HtmlGateFormatter(), result));

    [Fact]
    public void Each_fact_has_one_chart_and_one_mark_per_claim_each_linking_to_its_row()
    {
        var result = FixtureGate.Result();
        var page = Parse(result);

        var facts = page.QuerySelectorAll("article.fact");
        Assert.Equal(result.Report.Facts.Count, facts.Length);
        foreach (var fact in facts)
        {
            var chart = Assert.Single(fact.QuerySelectorAll("svg.timeline"));
            var marks = chart.QuerySelectorAll(".mark");
            var rows = fact.QuerySelectorAll("tr.claim");
            Assert.Equal(rows.Length, marks.Length);
            Assert.Equal(rows.Select(r => "#" + r.Id).Order(StringComparer.Ordinal), marks.Select(m => m.GetAttribute("href")).Order(StringComparer.Ordinal));
            Assert.Equal(rows.Count(r => r.ClassList.Contains("disputed")), marks.Count(m => m.ClassList.Contains("disputed")));
        }

        Assert.Equal(result.Report.Facts.Sum(f => f.Claims.Count), page.QuerySelectorAll("article.fact tr.claim").Length);
        var disputed = result.New.Where(f => f.Kind != FindingKind.BadValue).SelectMany(f => f.Disputed).Distinct().Count();
        Assert.True(disputed > 0);
        Assert.Equal(disputed, page.QuerySelectorAll("article.fact tr.claim.disputed").Length);
        Assert.Equal(result.New.Count(f => f.Kind == FindingKind.BadValue), page.QuerySelectorAll("article.value").Length);
    }

    [Fact]
    public void Findings_come_first_then_accepted_then_agreeing_facts()
    {
        var all = FixtureGate.Result();
        var accepted = CheckGate.AcceptAll(all.Report, Baseline.Empty, "known", "tests", new DateOnly(2026, 1, 1));
        var result = FixtureGate.Result(new Baseline([accepted.Entries.First(e => all.New.First(f => f.Fingerprint == e.Fingerprint).Kind != FindingKind.BadValue)]));
        var page = Parse(result);

        // new findings (facts, then values wrong in themselves), accepted ones, agreeing facts
        var ranks = page.QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-severity") switch
        {
            HtmlCard.Accepted => 1,
            HtmlCard.Agrees => 2,
            _ => 0,
        }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var severities = page.QuerySelectorAll("article.fact").Select(c => Array.IndexOf(HtmlCard.Severities, c.GetAttribute("data-severity"))).ToList();
        Assert.Equal(severities.Order(), severities); // errors, warnings, notes, accepted, agreeing
        Assert.Contains(Array.IndexOf(HtmlCard.Severities, HtmlCard.Accepted), severities);
        Assert.Equal(["Findings", "Accepted in the baseline", "Agreeing facts"], page.QuerySelectorAll("main > h2").Select(h => h.TextContent.Split(" (")[0]));
    }

    [Fact]
    public void Filters_offer_each_severity_and_rule_present_with_its_count()
    {
        var page = Parse(FixtureGate.Result());
        var cards = page.QuerySelectorAll("article.card");

        foreach (var box in page.QuerySelectorAll("input[data-filter]"))
        {
            var name = box.GetAttribute("data-filter")!;
            var value = box.GetAttribute("value")!;
            var n = cards.Count(c => c.GetAttribute($"data-{name}") == value);
            Assert.True(n > 0, value);
            Assert.EndsWith($"{value} ({n})", box.ParentElement!.TextContent.Trim(), StringComparison.Ordinal);
        }

        Assert.Equal(cards.Select(c => c.GetAttribute("data-rule")).Distinct().Order(StringComparer.Ordinal),
            page.QuerySelectorAll("input[data-filter=rule]").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public void Nothing_is_fetched_and_only_article_urls_link_out()
    {
        var result = SmallStory.Disputed();
        var html = GateFormatTests.Render(new HtmlGateFormatter(), result);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("[src], link, img, iframe, object, embed, image, use, form[action]"));
        var outside = page.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.Equal(["https://example.org/news/1?a=1&b=2", "https://example.org/news/2"], outside);
        Assert.All(page.QuerySelectorAll("a[target]"), a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
        Assert.DoesNotContain("url(", HtmlAssets.Style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", HtmlAssets.Style, StringComparison.Ordinal);
        Assert.DoesNotContain("http", HtmlAssets.Script, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch(", HtmlAssets.Script, StringComparison.Ordinal);

        // The browser enforces it: no source is allowed but these exact style and script blocks.
        var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        var script = Assert.Single(page.QuerySelectorAll("script"));
        var style = Assert.Single(page.QuerySelectorAll("style"));
        Assert.Contains($"script-src '{Sha256(script.TextContent)}'", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src '{Sha256(style.TextContent)}'", policy, StringComparison.Ordinal);
        Assert.Equal(HtmlAssets.Script, script.TextContent);
    }

    [Fact]
    public void An_address_that_is_not_http_is_never_a_link()
    {
        var result = SmallStory.Disputed();
        var fact = result.Report.Facts[0];
        var sneaky = fact with { Claims = [.. fact.Claims.Select(c => c with { Url = "javascript:alert(1)" })] };
        var page = Parse(result with { Report = result.Report with { Facts = [sneaky] } });

        Assert.Empty(page.QuerySelectorAll("a[href^=javascript]"));
        Assert.Empty(page.QuerySelectorAll("td.where a"));
    }

    [Fact]
    public void Persian_fields_are_right_to_left_and_the_page_is_english()
    {
        var page = Parse(SmallStory.Disputed());

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        foreach (var row in page.QuerySelectorAll("tr.claim"))
        {
            var sentence = row.QuerySelector("td.sentence")!;
            Assert.Equal(("fa", "rtl"), (sentence.GetAttribute("lang"), sentence.GetAttribute("dir")));
            var outlet = row.QuerySelector("td.outlet bdi")!;
            Assert.Equal(("fa", "rtl"), (outlet.GetAttribute("lang"), outlet.GetAttribute("dir")));
        }

        // In a finding's English message, each Persian name is isolated: the dates after it stay in place.
        var message = page.QuerySelector(".findings li")!;
        Assert.Contains(message.QuerySelectorAll("bdi[lang=fa][dir=rtl]"), b => b.TextContent == "خبرگزاری الف");
        Assert.DoesNotContain(message.QuerySelectorAll("bdi"), b => b.TextContent.Any(char.IsAsciiLetter));
    }

    [Fact]
    public void Each_row_marks_its_value_in_its_sentence_with_outlet_speaker_and_place()
    {
        var result = FixtureGate.Result();
        var page = Parse(result);
        var claims = result.Report.Facts.SelectMany(f => f.Claims).ToLookup(c => $"{c.Path}:{c.Line}:{c.Column}");

        var rows = page.QuerySelectorAll("article.fact tr.claim");
        foreach (var row in rows)
        {
            var place = row.QuerySelector("td.where code")!.TextContent;
            var claim = claims[place].First();
            var marked = row.QuerySelector("td.sentence mark");
            Assert.True(marked is null ? !claim.Sentence.Contains(claim.Text, StringComparison.Ordinal) : marked.TextContent == claim.Text, place);
            Assert.Equal(claim.Source ?? "unknown", row.QuerySelector("td.outlet bdi")!.TextContent);
            Assert.Equal(claim.Speaker ?? "—", row.QuerySelector("td.speaker")!.TextContent);
        }

        Assert.True(rows.Count(r => r.QuerySelector("mark") is not null) > rows.Length * 9 / 10);
        Assert.Contains(rows, r => r.QuerySelector("td.speaker")!.TextContent != "—");
    }

    [Fact]
    public void A_fact_with_many_findings_shows_the_first_few_and_folds_the_rest()
    {
        var result = SmallStory.Disputed();
        var one = Assert.Single(result.New);
        var page = Parse(result with { New = [.. Enumerable.Range(0, HtmlCards.FindingsShown + 2).Select(i => one with { Fingerprint = $"fp{i}" })] });

        var fact = Assert.Single(page.QuerySelectorAll("article.fact"));
        Assert.Equal(HtmlCards.FindingsShown, fact.QuerySelectorAll(":scope > ul.findings > li").Length);
        Assert.Equal(["fp5", "fp6"], fact.QuerySelectorAll("details li code").Select(c => c.TextContent));
        Assert.Equal("2 more findings", fact.QuerySelector("details summary")!.TextContent);
        Assert.Single(fact.QuerySelectorAll("svg.timeline"));
    }

    [Fact]
    public void Html_text_isolates_persian_runs_and_escapes_markup()
    {
        Assert.Equal("Killed: <bdi lang=\"fa\" dir=\"rtl\">خبرگزاری الف</bdi> (2017-11-13) says 407",
            HtmlText.Mixed("Killed: خبرگزاری الف (2017-11-13) says 407"));
        Assert.Equal("a <bdi lang=\"fa\" dir=\"rtl\">«۲۲ آبان»</bdi> b", HtmlText.Mixed("a «۲۲ آبان» b"));
        Assert.Equal("&lt;b&gt; &amp; &quot;", HtmlText.Line("<b> & \""));
        Assert.Equal("\\u202Eabc", HtmlText.Line("\u202Eabc"));
        Assert.Equal(" lang=\"fa\" dir=\"rtl\"", HtmlText.Direction("۱۲ نفر"));
        Assert.Equal(" dir=\"auto\"", HtmlText.Direction("12 Reuters"));
        Assert.Equal(" dir=\"auto\"", HtmlText.Direction(null));
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

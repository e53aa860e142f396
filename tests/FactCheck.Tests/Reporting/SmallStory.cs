using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Reporting;

/// <summary>A few articles about one toll, written in the test: front matter (source, url) and sentences as each test needs them.</summary>
internal static class SmallStory
{
    public sealed record Piece(string Path, string Source, string? Url, string Body);

    public static RuleSet Rules { get; } = Load();

    public static GateResult Result(params Piece[] pieces) => Result(Baseline.Empty, pieces);

    public static GateResult Result(Baseline baseline, params Piece[] pieces)
    {
        var extractor = new ClaimExtractor(Rules);
        var articles = pieces.Select(p => extractor.Extract(ArticleReader.Read(p.Path, Encoding.UTF8.GetBytes(
            $"---\nsource: {p.Source}\npublished: 2017-11-13\n{(p.Url is null ? string.Empty : $"url: {p.Url}\n")}---\n{p.Body}\n")))).ToList();
        return CheckGate.Judge(ConsistencyChecker.Check(articles, Rules), [], new GateOptions(Severity.Error, baseline));
    }

    /// <summary>Three outlets: two say 328 killed, one 407; two with a link.</summary>
    public static Piece[] DisputedPieces { get; } =
    [
        new("a.txt", "خبرگزاری الف", "https://example.org/news/1?a=1&b=2", "به گزارش الف، ۴۰۷ نفر جان باختند."),
        new("b.txt", "ایرنا", "https://example.org/news/2", "۳۲۸ نفر جان باختند."),
        new("c.txt", "ایسنا", null, "۳۲۸ نفر جان باختند."),
    ];

    public static GateResult Disputed() => Result(DisputedPieces);

    private static RuleSet Load()
    {
        const string Yaml = "id: killed\ntitle: {fa: جان‌باختگان, en: People killed}\nvalue: {type: quantity, dimensions: [people, count]}\n"
            + "cues: [جان باختند]\ncue-window: 5\nnature: event\nexamples: [{text: بی ربط, none: true}]\n";
        var loaded = RuleSetLoader.Load([("killed.yaml", Encoding.UTF8.GetBytes(Yaml))]);
        Assert.Empty(loaded.Errors);
        return loaded.Rules;
    }
}

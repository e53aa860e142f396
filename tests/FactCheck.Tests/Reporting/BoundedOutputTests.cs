using System.Globalization;
using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// Issue 11: 2,000 articles disagreeing on one state fact on one day made 660 MB of JSON, since every
/// finding listed every claim of its window. A finding lists a bounded sample of each side, so each
/// format grows with the findings: twice the articles, about twice the output (n² would be four times).
/// </summary>
public sealed class BoundedOutputTests
{
    private static readonly RuleSet Rules = Load();

    // Checked once for all formats: the check itself is the slow part.
    private static readonly Lazy<GateResult> Thousand = new(() => Judge(1_000));
    private static readonly Lazy<GateResult> TwoThousand = new(() => Judge(2_000));

    public static TheoryData<string> Formats => ["text", "json", "sarif", "github", "markdown"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Twice_the_disagreeing_articles_make_about_twice_the_output(string format)
    {
        var small = Render(format, Thousand.Value);
        var large = Render(format, TwoThousand.Value);

        // Linear is 2x; quadratic would be 4x.
        Assert.True(large < small * 2.6, string.Create(CultureInfo.InvariantCulture, $"{format}: {small:N0} bytes for 1,000 articles, {large:N0} for 2,000"));
    }

    [Fact]
    public void A_finding_lists_a_bounded_sample_and_counts_the_rest()
    {
        var result = TwoThousand.Value;

        Assert.All(result.New, f => Assert.True(f.Claims.Count <= Finding.MaxDisputedListed + Finding.MaxAgreeingListed, $"{f.Claims.Count}"));
        var widest = result.New.MaxBy(f => f.DisputedOmitted)!;
        Assert.True(widest.DisputedOmitted > 1_000, $"{widest.DisputedOmitted}");
        Assert.Contains("other values", widest.Message, StringComparison.Ordinal);
        Assert.True(widest.Message.Length < 1_000, widest.Message);
        // Every disputed article stays in scope for --changed-since, listed or not.
        Assert.Equal(widest.Dissenting + widest.DisputedOmitted, widest.Articles.Count - (widest.Claims.Count - widest.Dissenting));
    }

    [Fact]
    public void Text_never_calls_agreeing_a_claim_a_finding_may_have_left_out()
    {
        using var stream = new MemoryStream();
        new TextGateFormatter(colour: false).Write(stream, TwoThousand.Value);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.DoesNotContain("✓ agrees", text, StringComparison.Ordinal);
        Assert.DoesNotContain("that agree", text, StringComparison.Ordinal);
        Assert.Contains("· unlisted", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_since_sees_a_disputed_article_the_sample_leaves_out()
    {
        var report = Report(200);
        var finding = report.Findings.MaxBy(f => f.DisputedOmitted)!;
        var unlisted = finding.Articles.Except(finding.Claims.Select(c => c.Path)).First();

        var result = CheckGate.Judge(report, [], new GateOptions(Severity.Error, Baseline.Empty, new HashSet<string> { unlisted }));

        Assert.Contains(result.New, f => f.Fingerprint == finding.Fingerprint);
    }

    private static GateResult Judge(int articles) => CheckGate.Judge(Report(articles), [], new GateOptions(Severity.Error, Baseline.Empty));

    // Every article gives its own figure for the same state on the same day.
    private static CheckReport Report(int articles)
    {
        var extractor = new ClaimExtractor(Rules);
        var claims = Enumerable.Range(0, articles)
            .Select(i => extractor.Extract(ArticleReader.Read(
                string.Create(CultureInfo.InvariantCulture, $"articles/{i:D5}.txt"),
                Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"---\nsource: outlet {i}\npublished: 2020-11-20\n---\n{1_000 + i} نفر آواره شدند.\n")))))
            .ToList();
        Assert.All(claims, c => Assert.Single(c.Claims));
        return ConsistencyChecker.Check(claims, Rules);
    }

    private static long Render(string format, GateResult result)
    {
        IGateFormatter formatter = format switch
        {
            "json" => new JsonGateFormatter(),
            "sarif" => new SarifGateFormatter(Rules, "1.0.0", "file:///repo/"),
            "github" => new GithubGateFormatter(),
            "markdown" => new MarkdownGateFormatter(),
            _ => new TextGateFormatter(colour: false),
        };
        using var stream = new MemoryStream();
        formatter.Write(stream, result);
        return stream.Length;
    }

    private static RuleSet Load()
    {
        const string Yaml = "id: displaced\ntitle: {fa: آوارگان, en: People displaced}\nvalue: {type: quantity, dimensions: [people, count]}\n"
            + "cues: [آواره شدند]\ncue-window: 3\nnature: state\nas-of-window: 1\nexamples: [{text: بی ربط, none: true}]\n";
        var loaded = RuleSetLoader.Load([("displaced.yaml", Encoding.UTF8.GetBytes(Yaml))]);
        Assert.Empty(loaded.Errors);
        return loaded.Rules;
    }
}

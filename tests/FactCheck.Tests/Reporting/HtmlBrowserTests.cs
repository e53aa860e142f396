using System.Buffers.Binary;
using AngleSharp.Html.Parser;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Html;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// The HTML report as a browser shows it: chromium renders it headless, its own script checks the
/// page (one chart per fact, as many marks as claim rows, every filter hiding exactly its cards) and
/// counts script errors, blocked requests and sideways overflow into <c>#self-check</c>, which the test
/// reads from the rendered DOM at 1280 and 400 pixels wide. Screenshots at both widths are kept in
/// TestResults/html-report.
/// </summary>
public sealed class HtmlBrowserTests
{
    public static TheoryData<string> Runs => ["fixtures", "quake"];

    [Theory]
    [MemberData(nameof(Runs))]
    public void Chromium_renders_a_chart_per_fact_a_mark_per_claim_and_no_script_error(string run)
    {
        var result = run == "quake" ? Quake() : FixtureGate.Result();
        var dir = Path.Combine(FixtureFiles.Root, "tests", "FactCheck.Tests", "TestResults", "html-report");
        Directory.CreateDirectory(dir);
        var page = Path.Combine(dir, $"{run}.html");
        using (var file = File.Create(page))
        {
            new HtmlGateFormatter().Write(file, result);
        }

        var url = new Uri(page).AbsoluteUri;
        var check = SelfCheck(url, 1280);
        string Read(string name) => check.GetAttribute($"data-{name}") ?? $"no data-{name}: the script did not finish";

        Assert.Equal("yes", Read("done"));
        Assert.Equal(("0", "0", string.Empty), (Read("errors"), Read("blocked"), check.TextContent));
        Assert.Equal("ok", Read("filters"));
        Assert.Equal(string.Empty, Read("mismatched"));
        var facts = result.Report.Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((facts, facts), (Read("facts"), Read("charts")));
        var claims = result.Report.Facts.Sum(f => f.Claims.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((claims, claims), (Read("marks"), Read("rows")));
        var disputed = result.New.Where(f => f.Kind != FindingKind.BadValue).SelectMany(f => f.Disputed).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((disputed, disputed), (Read("disputed-marks"), Read("disputed-rows")));

        Assert.Equal("0", Read("overflow"));
        Assert.Equal("0", SelfCheck(url, 400).GetAttribute("data-overflow")); // a phone does not scroll sideways

        foreach (var width in new[] { 1280, 400 })
        {
            var png = Path.Combine(dir, $"{run}-{width}.png");
            File.Delete(png);
            Chromium.Screenshot(url, png, width, 2000);
            var header = File.ReadAllBytes(png).AsSpan(0, 24);
            Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(header[16..20])); // the PNG's IHDR width
        }
    }

    private static AngleSharp.Dom.IElement SelfCheck(string url, int width) =>
        new HtmlParser().ParseDocument(Chromium.DumpDom(url + "#self-check", width)).GetElementById("self-check")!;

    private static GateResult Quake()
    {
        var extractor = new ClaimExtractor(ShippedRules.NewsResult.Rules);
        var articles = FixtureFiles.Story("quake").Select(extractor.Extract).ToList();
        return CheckGate.Judge(ConsistencyChecker.Check(articles, ShippedRules.NewsResult.Rules), [], new GateOptions(Severity.Error, Baseline.Empty));
    }
}

using System.Globalization;
using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Reporting;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Provenance;

/// <summary>Copies of one report are one voice when sides are weighed (issue 18).</summary>
public sealed class OriginVotingTests
{
    private const string Report =
        "سخنگوی آتش‌نشانی گفت: تا ساعت ۸ و ۳۰ دقیقه صبح امروز {0} نفر جان باختند و {1} نفر مجروح شدند.\n"
        + "آتش از حدود ساعت ۵ بامداد در انبار مواد شیمیایی یک کارخانه رنگ‌سازی شعله‌ور شد و دود آن تا چند کیلومتری دیده می‌شد.\n"
        + "به گفته شاهدان، بیشتر کارگران شیفت شب در سالن بسته‌بندی کنار انبار مشغول کار بودند.\n"
        + "دادستان شهرستان دستور تشکیل پرونده و بررسی علت حادثه را صادر کرده است.";

    private static ArticleClaims Article(string path, string source, int minute, string body)
    {
        var text = $"---\nsource: {source}\npublished: 2026-11-11T10:{minute:D2}+03:30\n---\n{body}\n";
        return new ClaimExtractor(ShippedRules.NewsResult.Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(text)));
    }

    private static string Copy(string killed, string injured = "۲۲") => string.Format(CultureInfo.InvariantCulture, Report, killed, injured);

    private static string Checked(string outlet) =>
        $"سخنگوی آتش‌نشانی گفت: تا ساعت ۸ و ۳۰ دقیقه صبح امروز ۷ نفر جان باختند و ۲۲ نفر مجروح شدند.\nخبرنگار روزنامه {outlet} در محل حادثه دید که پلیس مالک کارخانه را احضار کرده است.";

    // The wire's report, ten outlets copying it word for word, and two outlets that checked.
    private static List<ArticleClaims> TenCopiesAgainstTwo() =>
    [
        Article("00-wire.txt", "خبرگزاری الف", 0, Copy("۹")),
        .. Enumerable.Range(1, 10).Select(i => Article($"{i:D2}-copy.txt", $"پایگاه {i}", i, Copy("۹"))),
        Article("20-checked.txt", "روزنامه ب", 20, Checked("ب")),
        Article("21-checked.txt", "روزنامه ج", 21, Checked("ج")),
    ];

    private static Finding Killed(CheckReport report) => Assert.Single(report.Findings, f => f.Rule == "killed");

    [Fact]
    public void Ten_copies_of_one_report_do_not_outvote_two_independent_sources()
    {
        var report = ConsistencyChecker.Check(TenCopiesAgainstTwo(), ShippedRules.NewsResult.Rules);

        var finding = Killed(report);
        Assert.Equal(11, finding.Disputed.Count() + finding.DisputedOmitted); // ten listed, one counted
        Assert.Equal(13, finding.Articles.Count);
        Assert.DoesNotContain(finding.Disputed, c => c.Path.Contains("checked", StringComparison.Ordinal));
        Assert.Equal(FindingKind.SameDayMismatch, finding.Kind);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("(copies of one report, خبرگزاری الف's)", finding.Message, StringComparison.Ordinal);
        Assert.All(finding.Disputed, c => Assert.Equal((11, "خبرگزاری الف"), (c.Copies, c.Origin!.Name)));
    }

    [Fact]
    public void Counted_copy_by_copy_the_eleven_would_win_and_the_careful_two_be_disputed()
    {
        // The same articles with their copies unrecognized: what FactCheck did before issue 18.
        var report = ConsistencyChecker.Check([.. TenCopiesAgainstTwo().Select(a => a with { Print = null })], ShippedRules.NewsResult.Rules);

        var finding = Killed(report);
        Assert.All(finding.Disputed, c => Assert.Contains("checked", c.Path, StringComparison.Ordinal));
        Assert.All(finding.Claims, c => Assert.Equal(1, c.Copies));
    }

    [Fact]
    public void A_copy_that_changes_a_figure_of_its_original_is_reported_as_such()
    {
        var report = ConsistencyChecker.Check(
            [Article("a.txt", "خبرگزاری الف", 0, Copy("۹")), Article("b.txt", "پایگاه ب", 30, Copy("۹", "۳۲")), Article("c.txt", "روزنامه ج", 40, Copy("۹"))],
            ShippedRules.NewsResult.Rules);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("injured", FindingKind.AlteredCopy, Severity.Error), (finding.Rule, finding.Kind, finding.Severity));
        Assert.Equal("b.txt", Assert.Single(finding.Disputed).Path);
        Assert.Equal("altered-copy", FindingNames.Of(finding.Kind));
        Assert.StartsWith("People injured: پایگاه ب (2026-11-11) changed the figure when republishing خبرگزاری الف's report: it says 32 people; خبرگزاری الف (2026-11-11) says 22 people", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "killed");
    }

    [Fact]
    public void One_copy_against_its_original_alone_disputes_the_copy_not_both()
    {
        var report = ConsistencyChecker.Check(
            [Article("a.txt", "خبرگزاری الف", 0, Copy("۹")), Article("b.txt", "پایگاه ب", 30, Copy("۹", "۳۲"))],
            ShippedRules.NewsResult.Rules);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.AlteredCopy, finding.Kind);
        Assert.Equal("b.txt", Assert.Single(finding.Disputed).Path);
    }

    [Fact]
    public void A_copy_republished_days_later_with_no_as_of_of_its_own_is_a_voice_of_its_own()
    {
        static ArticleClaims Post(string path, string published, string source, string count) =>
            new ClaimExtractor(ShippedRules.NewsResult.Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(
                $"---\nsource: {source}\npublished: {published}\n---\nامدادگران گفتند {count} نفر همچنان مفقود هستند و جست‌وجو در ارتفاعات ادامه دارد.\nفرماندار شهرستان از خانواده‌ها خواست به شایعات فضای مجازی توجه نکنند.\n")));
        var articles = new[]
        {
            Post("a.txt", "2026-01-01", "خبرگزاری الف", "۱۲"), Post("b.txt", "2026-01-01", "روزنامه ب", "۸"),
            Post("c.txt", "2026-02-10", "پایگاه ج", "۱۲"), Post("d.txt", "2026-02-10", "روزنامه د", "۸"),
        };

        var report = ConsistencyChecker.Check(articles, ShippedRules.NewsResult.Rules);

        Assert.Equal(report.Origins.Of("a.txt")!.Group, report.Origins.Of("c.txt")!.Group); // c copies a word for word
        var missing = report.Findings.Where(f => f.Rule == "missing").ToList();
        Assert.Equal(2, missing.Count); // January's pair and February's, each on its own
        Assert.Contains(missing, f => f.Claims.Any(c => c.Path == "c.txt") && f.Claims.Any(c => c.Path == "d.txt"));
    }

    [Fact]
    public void Json_and_text_reports_show_each_claim_s_origin_and_copies()
    {
        var report = ConsistencyChecker.Check(TenCopiesAgainstTwo(), ShippedRules.NewsResult.Rules);
        var result = new FactCheck.Gate.GateResult(report, [.. report.Findings], [], [], [], new FactCheck.Gate.GateOptions(Severity.Error, FactCheck.Gate.Baseline.Empty));
        using var json = new MemoryStream();
        new JsonGateFormatter().Write(json, result);
        using var text = new MemoryStream();
        new TextGateFormatter(colour: false).Write(text, result);

        var written = Encoding.UTF8.GetString(json.ToArray());
        Assert.Contains("\"origin\": \"خبرگزاری الف\",\n          \"copies\": 11", written.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        // the console report wraps to its width and isolates Persian runs: read it as one plain text
        var shown = Encoding.UTF8.GetString(text.ToArray()).Replace("\u2068", string.Empty, StringComparison.Ordinal).Replace("\u2069", string.Empty, StringComparison.Ordinal);
        Assert.Contains("خبرگزاری الف (original, 11 copies) «", shown, StringComparison.Ordinal);
        Assert.Contains("پایگاه 5 (report of خبرگزاری الف, 11 copies) «", shown, StringComparison.Ordinal);
        Assert.Contains("روزنامه ب «", shown, StringComparison.Ordinal);

        // the spreadsheet and the page say it too
        using var csv = new MemoryStream();
        new CsvGateFormatter().Write(csv, result);
        var rows = Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n");
        Assert.Contains(rows, r => r.Contains("05-copy.txt", StringComparison.Ordinal) && r.Contains(",پایگاه 5,خبرگزاری الف,11,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("20-checked.txt", StringComparison.Ordinal) && r.Contains(",روزنامه ب,,1,", StringComparison.Ordinal));
        using var html = new MemoryStream();
        new FactCheck.Reporting.Html.HtmlGateFormatter().Write(html, result);
        var page = System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(html.ToArray()), "<[^>]*>", string.Empty);
        Assert.Contains("(report of خبرگزاری الف, 11 copies)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_s_copies_are_listed_right_under_it()
    {
        var report = ConsistencyChecker.Check(
            [Article("00-wire.txt", "خبرگزاری الف", 0, Copy("۹")), Article("01-checked.txt", "روزنامه ب", 1, Checked("ب")), Article("02-copy.txt", "پایگاه ۲", 2, Copy("۹"))],
            ShippedRules.NewsResult.Rules);
        var killed = Assert.Single(report.Facts, f => f.Rule.Id == "killed");

        // every claim has one as-of (the stated 8:30), so without copies the order would be the paths'
        Assert.Equal(["00-wire.txt", "02-copy.txt", "01-checked.txt"], CopyOrder.Of([.. killed.Claims]).Select(c => c.Path));
        Assert.Equal(["00-wire.txt", "01-checked.txt", "02-copy.txt"], CopyOrder.Of([.. killed.Claims.Select(c => c with { Origin = null })]).Select(c => c.Path));
    }
}

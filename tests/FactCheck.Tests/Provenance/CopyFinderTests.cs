using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Provenance;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Provenance;

public sealed class CopyFinderTests
{
    private const string Lead = "سخنگوی آتش‌نشانی گفت: تا ساعت ۸ و ۳۰ دقیقه صبح امروز {0} نفر جان باختند و {1} نفر مجروح شدند.";

    private static readonly string[] Body =
    [
        "آتش از حدود ساعت ۵ بامداد در انبار مواد شیمیایی یک کارخانه رنگ‌سازی شعله‌ور شد و دود آن تا چند کیلومتری دیده می‌شد.",
        "به گفته شاهدان، بیشتر کارگران شیفت شب در سالن بسته‌بندی کنار انبار مشغول کار بودند.",
        "شش دستگاه خودروی آتش‌نشانی به محل اعزام شدند و مهار کامل آتش تا نزدیک ظهر طول کشید.",
        "دادستان شهرستان دستور تشکیل پرونده و بررسی علت حادثه را صادر کرده است.",
    ];

    private static ArticleClaims Article(string path, string source, string published, string body, string title = "آتش‌سوزی انبار قربانی گرفت", string? via = null)
    {
        var viaLine = via is null ? string.Empty : $"via: {via}\n";
        var text = $"---\nsource: {source}\npublished: {published}\ntitle: \"{title}\"\n{viaLine}---\n{body}\n";
        return new ClaimExtractor(ShippedRules.NewsResult.Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(text)));
    }

    private static string Report(string killed = "۹", string injured = "۲۲", int sentences = 4) =>
        string.Join('\n', [string.Format(System.Globalization.CultureInfo.InvariantCulture, Lead, killed, injured), .. Body.Take(sentences)]);

    private static string NoJoiners(string text) => text.Replace("\u200c", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void A_mirror_with_page_chrome_another_headline_no_joiners_and_a_cut_tail_carries_the_same_report()
    {
        var original = Article("a.txt", "خبرگزاری الف", "2026-11-11T10:00+03:30", Report());
        var mirror = Article("b.txt", "پایگاه ب", "2026-11-11T11:00+03:30",
            "صفحه نخست | اخبار استان | حوادث\n" + NoJoiners(Report(sentences: 2)) + "\nتمامی حقوق این سایت محفوظ است و نقل مطالب بدون ذکر منبع ممنوع است.", title: "فاجعه در شهرک صنعتی");
        var other = Article("c.txt", "روزنامه ج", "2026-11-11T12:00+03:30",
            "خبرنگار ما گزارش می‌دهد که هفت نفر در این حادثه جان باختند و پیکر آنان به پزشکی قانونی منتقل شده است.\nمدیرعامل شهرک صنعتی گفت انبار این کارخانه مجوز نگهداری مواد شیمیایی نداشت.");

        var origins = CopyFinder.Group([mirror, other, original]);

        Assert.Equal(origins.Of("a.txt")!.Group, origins.Of("b.txt")!.Group);
        Assert.NotEqual(origins.Of("a.txt")!.Group, origins.Of("c.txt")!.Group);
        Assert.Equal(("a.txt", "خبرگزاری الف", 2), (origins.Of("b.txt")!.OriginalPath, origins.Of("b.txt")!.Name, origins.Of("b.txt")!.Articles));
        Assert.Equal("a.txt", origins.Of("b.txt")!.CopiedFrom);
        Assert.Null(origins.Of("a.txt")!.CopiedFrom);
        Assert.Equal(1, origins.Of("c.txt")!.Articles);
    }

    [Fact]
    public void Two_reports_sharing_one_background_sentence_are_not_copies()
    {
        var first = Article("a.txt", "خبرگزاری الف", "2026-11-11", Report());
        var second = Article("b.txt", "روزنامه ب", "2026-11-12",
            Body[3] + "\nخانواده‌های جان‌باختگان روز پنجشنبه مقابل فرمانداری تجمع کردند و خواستار پاسخگویی شدند.\nنماینده شهرستان در مجلس گفت پیگیری این پرونده را تا نتیجه نهایی ادامه خواهد داد.");

        var origins = CopyFinder.Group([first, second]);

        Assert.NotEqual(origins.Of("a.txt")!.Group, origins.Of("b.txt")!.Group);
    }

    [Theory]
    [InlineData("به گزارش روزنامه ب به نقل از ایرنا، {0}", null, "ایرنا")]
    [InlineData("به گزارش ایسنا، {0}", null, "ایسنا")]
    [InlineData("{0}\nمنبع: ایرنا", null, "ایرنا")]
    [InlineData("به گزارش روزنامه ب، {0}", null, null)] // the outlet naming itself
    [InlineData("به گزارش ستاد مدیریت بحران، {0}", null, null)] // a body gives figures, it carries no report
    [InlineData("به گزارش خبرنگار ما، {0}", null, null)]
    [InlineData("{0}", "خبرگزاری فارس", "خبرگزاری فارس")]
    public void A_declared_chain_names_the_report_s_origin(string body, string? via, string? expected)
    {
        var article = Article("a.txt", "روزنامه ب", "2026-11-11", string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Report()), via: via);

        Assert.Equal(expected, article.Print!.Declared);
    }

    [Fact]
    public void Articles_whose_chains_name_one_agency_carry_its_report_and_one_naming_an_outlet_joins_its_article()
    {
        var a = Article("a.txt", "روزنامه الف", "2026-11-11", "به گزارش ایرنا، " + Report());
        var b = Article("b.txt", "روزنامه ب", "2026-11-11", "به گزارش خبرگزاری ایرنا، " + Report("۷"));
        var c = Article("c.txt", "پایگاه ج", "2026-11-10", "خبرنگار ما گزارش داد که شمار کشته‌شدگان هنوز روشن نیست و امدادگران در محل هستند.");
        var d = Article("d.txt", "روزنامه د", "2026-11-12", "به گزارش پایگاه ج، امدادگران همچنان در محل حادثه مشغول جست‌وجو هستند و شمار کشته‌شدگان روشن نیست.");

        var origins = CopyFinder.Group([a, b, c, d]);

        Assert.Equal(origins.Of("a.txt")!.Group, origins.Of("b.txt")!.Group);
        Assert.Equal(("ایرنا", null), (origins.Of("b.txt")!.Name, origins.Of("b.txt")!.OriginalPath));
        Assert.Equal((origins.Of("c.txt")!.Group, "c.txt"), (origins.Of("d.txt")!.Group, origins.Of("d.txt")!.CopiedFrom));
        Assert.NotEqual(origins.Of("a.txt")!.Group, origins.Of("c.txt")!.Group);
    }

    [Fact]
    public void Grouping_looks_at_a_bounded_number_of_earlier_holders_per_sentence_never_at_every_pair()
    {
        // 320 articles: each its own two lines, a line shared by a block of MaxHolders articles, and a
        // boilerplate line they all carry.
        const int n = 320;
        const ulong boilerplate = 0x5EED;
        var articles = Enumerable.Range(0, n).Select(i => new ArticleClaims($"{i:D4}.txt", ArticleMetadata.Empty with { Published = new DateOnly(2026, 1, 1).AddDays(i) }, [], [])
        {
            Print = new ReportPrint([(ulong)(2 * i) + 1_000_000, (ulong)(2 * i) + 1_000_001, (ulong)(i / CopyFinder.MaxHolders) + 10, boilerplate], null),
        }).ToList();

        var origins = CopyFinder.Group(articles);

        // Lines of one article are never looked up, nor is the boilerplate; in a block, article k
        // compares its shared line with the k before it.
        var blocks = n / CopyFinder.MaxHolders;
        Assert.Equal(blocks * (CopyFinder.MaxHolders * (CopyFinder.MaxHolders - 1) / 2), origins.Comparisons);
        Assert.True(origins.Comparisons < (long)n * (n - 1) / 2 / 5, $"{origins.Comparisons} comparisons for {n} articles");
        // one shared line of three is no copy
        Assert.Equal(n, origins.ByPath.Values.Select(o => o.Group).Distinct().Count());
    }

    [Fact]
    public void A_line_in_more_articles_than_a_report_has_copies_is_boilerplate_and_joins_none()
    {
        // Forty one-line articles of one stock sentence: not forty copies of one report.
        var articles = Enumerable.Range(0, CopyFinder.MaxHolders + 8).Select(i => new ArticleClaims($"{i:D2}.txt", ArticleMetadata.Empty with { Published = new DateOnly(2026, 1, 1) }, [], [])
        {
            Print = new ReportPrint([42UL], null),
        }).ToList();

        var origins = CopyFinder.Group(articles);

        Assert.All(origins.ByPath.Values, o => Assert.Equal(1, o.Articles));
        Assert.Equal(0, origins.Comparisons);
        var few = CopyFinder.Group([.. articles.Take(CopyFinder.MaxHolders)]);
        Assert.All(few.ByPath.Values, o => Assert.Equal(CopyFinder.MaxHolders, o.Articles));
    }

    [Fact]
    public void Copies_of_copies_are_one_group_whose_origin_is_the_earliest()
    {
        var articles = Enumerable.Range(0, 5).Select(i => new ArticleClaims($"{i}.txt", ArticleMetadata.Empty with { Source = $"outlet {i}", Published = new DateOnly(2026, 1, 1 + i) }, [], [])
        {
            // each shares three of its four lines with the one before
            Print = new ReportPrint([(ulong)i, (ulong)i + 1, (ulong)i + 2, (ulong)i + 3], null),
        }).Reverse().ToList();

        var origins = CopyFinder.Group(articles);

        Assert.All(origins.ByPath.Values, o => Assert.Equal(("outlet 0", "0.txt", 5), (o.Name, o.OriginalPath, o.Articles)));
        Assert.Equal("3.txt", origins.Of("4.txt")!.CopiedFrom);
    }
}

using System.Text;
using FactCheck.Articles;
using FactCheck.Diagnostics;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Articles;

public sealed class ArticleReaderTests
{
    private static Article Read(string text) => ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(text));

    private static FactCheckException Fails(string text) => Assert.Throws<FactCheckException>(() => Read(text));

    [Fact]
    public void Reads_front_matter_and_keeps_file_lines()
    {
        var article = Read("---\nsource: ایرنا\npublished: 2021-11-01T23:56:00+03:30\nurl: https://irna.ir/x\ntitle: \"لاوروف: قره باغ\"\ntags: [a, b]\n---\nمتن\n");

        Assert.Equal("ایرنا", article.Metadata.Source);
        Assert.Equal(new DateOnly(2021, 11, 1), article.Metadata.Published); // the date where it was published, not UTC
        Assert.Equal(new DateTimeOffset(2021, 11, 1, 23, 56, 0, TimeSpan.FromHours(3.5)), article.Metadata.PublishedAt);
        Assert.Equal("لاوروف: قره باغ", article.Metadata.Title);
        Assert.Equal(["a", "b"], article.Metadata.Tags);
        Assert.Equal("متن\n", article.Body);
        Assert.Equal((8, 1), article.Lines.Locate(article.BodyStart));
    }

    [Fact]
    public void Accepts_a_jalali_publication_date() =>
        Assert.Equal(new DateOnly(2021, 11, 1), Read("---\npublished: 1400/08/10\n---\n").Metadata.Published);

    [Fact]
    public void An_unknown_key_is_named_with_its_line_and_a_suggestion()
    {
        var e = Fails("---\nsource: ایرنا\npublsihed: 2021-11-01\n---\n");

        Assert.Equal(ArticleReader.UnknownKeyCode, e.Code);
        Assert.Equal(new SourceLocation("a.md", 3, 1), e.Location);
        Assert.Contains("did you mean 'published'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\npublished: 1402/12/31\n---\n", 2, 12, "not a day of the Jalali calendar")] // 1402 is not a leap year
    [InlineData("---\npublished: yesterday\n---\n", 2, 12, "expected yyyy-MM-dd")]
    [InlineData("---\npublished: 0000-01-01\n---\n", 2, 12, "the year 0 is outside the years read here")]
    [InlineData("---\npublished: 9999-12-31\n---\n", 2, 12, "the year 9999 is outside")]
    [InlineData("---\nurl: irna\n---\n", 2, 6, "absolute http(s) address")]
    [InlineData("---\nsource: \"\"\n---\n", 2, 9, "'source' is empty")]
    public void A_bad_value_is_named_with_its_line_and_column(string text, int line, int column, string message)
    {
        var e = Fails(text);

        Assert.Equal(ArticleReader.BadValueCode, e.Code);
        Assert.Equal(new SourceLocation("a.md", line, column), e.Location);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\nsource: الف\npublished: 2021-01-11\nsource: ب\n---\n", 4, "'source' is given twice (first on line 2)")]
    [InlineData("---\npublished: 2021-01-11\npublished: 2021-01-12\n---\n", 3, "'published' is given twice")]
    [InlineData("---\ntags: [a]\ntags: [b]\n---\n", 3, "'tags' is given twice")]
    public void A_key_given_twice_is_an_error_not_last_wins(string text, int line, string message)
    {
        var e = Fails(text);

        Assert.Equal(ArticleReader.BadFrontMatterCode, e.Code);
        Assert.Equal(new SourceLocation("a.md", line, 1), e.Location);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r")]   // old Mac
    [InlineData("\r\n")] // Windows
    [InlineData("\n")]
    public void Front_matter_is_read_whatever_the_line_endings(string eol)
    {
        var text = string.Join(eol, "---", "source: ایرنا", "published: 2021-01-11", "---", "متن", string.Empty);

        var article = Read(text);

        Assert.Equal(("ایرنا", new DateOnly(2021, 1, 11)), (article.Metadata.Source, article.Metadata.Published));
        Assert.Equal(text.Length, article.Text.Length); // one character for one: spans stay put
        Assert.Equal((5, 1), article.Lines.Locate(article.BodyStart));
        Assert.StartsWith("متن", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error() =>
        Assert.Equal(ArticleReader.BadFrontMatterCode, Fails("---\nsource: ایرنا\nمتن خبر\n").Code);

    [Fact]
    public void Broken_yaml_is_an_error_with_its_place()
    {
        var e = Fails("---\nsource: [ایرنا\n---\n");
        Assert.Equal(ArticleReader.BadFrontMatterCode, e.Code);
        Assert.Equal("a.md", e.Location.Path);
        Assert.True(e.Location.Line >= 2);
    }

    [Fact]
    public void An_article_that_is_not_utf8_is_refused_with_its_place()
    {
        var bytes = Encoding.UTF8.GetBytes("---\nsource: x\n---\nسلام ").Concat(new byte[] { 0xC8, 0x41 }).ToArray();

        var e = Assert.Throws<FactCheckException>(() => ArticleReader.Read("bad.txt", bytes));

        Assert.Equal("FC001", e.Code);
        Assert.Equal(new SourceLocation("bad.txt", 4, 6), e.Location);
    }

    [Fact]
    public void Without_front_matter_the_printed_date_and_source_are_read()
    {
        var seed = FixtureFiles.Seed("004_840ad37251b4b345.txt");
        var bare = ArticleReader.Read("004.txt", Encoding.UTF8.GetBytes(seed.Body));

        Assert.Equal(new DateOnly(2021, 11, 1), bare.Metadata.Published); // تاریخ انتشار: ۱۰ آبان ۱۴۰۰ - ۲۳:۵۶
        Assert.Equal("ایرنا", bare.Metadata.Source);                       // منبع: ایرنا
    }

    [Theory]
    [InlineData("۱۳:۵۵ - ۲۰ آذر ۱۳۹۶\nتیتر خبر\nمتن خبر.\n", 2017, 12, 11)]
    [InlineData("عنوان\n۲۰ آذر ۱۳۹۶ | ۱۳:۵۵\nمتن خبر.\n", 2017, 12, 11)]
    [InlineData("21:48 - 2020/11/09\nمتن خبر.\n", 2020, 11, 9)]
    public void Without_front_matter_a_bare_time_and_day_header_is_the_publication_day(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Read(text).Metadata.Published);

    [Theory]
    [InlineData("ساعت ۱۳:۵۵ روز ۲۰ آذر ۱۳۹۶ زلزله آمد.\n")] // prose, not a header
    [InlineData("۲۰ آذر ۱۳۹۶\n")]                           // a day alone may be anything
    [InlineData("۱۳:۵۵ - دیروز\n")]                          // relative: nothing to stand on
    public void A_line_that_is_more_than_a_time_and_a_day_is_no_dateline(string text) =>
        Assert.Null(Read(text).Metadata.Published);

    [Fact]
    public void Without_front_matter_or_a_source_line_the_first_reporting_outlet_is_the_source()
    {
        var seed = FixtureFiles.Seed("000_e7ad95d23837b17a.txt");
        var bare = ArticleReader.Read("000.txt", Encoding.UTF8.GetBytes(seed.Body));

        Assert.Equal("پایگاه خبری حقایق قفقاز", bare.Metadata.Source);
        Assert.Null(bare.Metadata.Published); // not printed: never guessed
    }
}

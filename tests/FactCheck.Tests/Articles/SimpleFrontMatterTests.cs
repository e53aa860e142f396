using FactCheck.Articles;
using FactCheck.Diagnostics;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Articles;

/// <summary>
/// The fast front matter reader must agree with YamlDotNet wherever it answers, and step aside
/// (answer null) wherever YAML means something it does not handle.
/// </summary>
public sealed class SimpleFrontMatterTests
{
    public static TheoryData<string> Simple => new()
    {
        "source: ایرنا\npublished: 2021-11-01\n",
        "source: ایرنا\npublished: 2021-11-01T23:56:00+03:30\nurl: https://irna.ir/x?a=1&b=2\ntitle: \"لاوروف: قره باغ\"\ntags: [a, b]\n",
        "title: 'تک نقل'\ntags: []\n",
        "title:    فاصله‌ها   \n",
        "tags: [  قره باغ ,  ارمنستان ]\n",
        "source: ایرنا\r\npublished: 1400/08/10\r\n",
        "published: null\n",
        "url: https://example.com/#section\n",
        "title: 100% \n",
        "",
    };

    public static TheoryData<string> NotSimple => new()
    {
        "title: \"with \\\" escape\"\n",
        "title: 'it''s'\n",
        "title: a # comment\n",
        "# comment\nsource: a\n",
        "\nsource: a\n",
        "tags:\n  - a\n  - b\n",
        "title: a: b\n",
        "title: \"open\n",
        "title:\n",
        "title: *anchor\n",
        "title: |\n  block\n",
        "tags: [a, [b]]\n",
        "tags: [a, ]\n",
        "tags: [\"a\", b]\n",
        "source:a\n",
        "publsihed: 2021-11-01\n",
        "Source: a\n",
        "  source: a\n",
        "title: -a\n",
        "title: a\tb\n",
        "title: end:\n",
        "title: x\r\r\npublished: 2021-01-01\n",
        "title: a\rb\n",
        "title: a\u2028b\n",
        "title: a\u2029b\n",
        "title: a\u0085b\n",
        "title: a\0b\n",
        "title: 'a\u2028b'\n",
        "title: \"a\rb\"\n",
        "tags: [a\rb]\n",
        "title: a\u0001b\n",
        "source: a\nsource: b\n", // a key twice is an error, located on the YAML path
    };

    [Theory]
    [MemberData(nameof(Simple))]
    public void Agrees_with_yaml_on_simple_front_matter(string yaml)
    {
        var fast = SimpleFrontMatter.TryRead(yaml);

        Assert.NotNull(fast);
        Assert.Equal(Describe(ArticleReader.Parse("a.md", yaml)), Describe(fast));
    }

    [Theory]
    [MemberData(nameof(NotSimple))]
    public void Leaves_everything_else_to_yaml(string yaml) => Assert.Null(SimpleFrontMatter.TryRead(yaml));

    [Fact]
    public void Agrees_with_yaml_on_every_fixture()
    {
        var checkedCount = 0;
        foreach (var path in Directory.EnumerateFiles(FixtureFiles.Fixtures, "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || end < 0)
            {
                continue;
            }

            var yaml = text[4..(end + 1)];
            var fast = SimpleFrontMatter.TryRead(yaml);
            Assert.True(fast is not null, $"{path}: front matter not read by the fast path");
            Assert.Equal(Describe(ArticleReader.Parse(path, yaml)), Describe(fast));
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} fixtures have front matter");
    }

    [Fact]
    public void Errors_still_come_from_yaml_with_their_place()
    {
        var e = Assert.Throws<FactCheckException>(() => ArticleReader.Read("a.md", "---\nsource: a\ntitle: \"open\n---\nمتن\n"u8));

        Assert.Equal(ArticleReader.BadFrontMatterCode, e.Code);
        Assert.Equal("a.md", e.Location.Path);
    }

    private static string Describe(FrontMatterFields fields) =>
        string.Join("\n", fields.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
            $"{f.Key}={f.Value.Value ?? "(null)"}|{(f.Value.List is null ? "(no list)" : string.Join(",", f.Value.List))}|{f.Value.Line}:{f.Value.Column}"));
}

using System.Text;
using System.Text.Json;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private FactCheckProcess.Result Run(params string[] args) => FactCheckProcess.Run(args, [], _dir);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text, new UTF8Encoding(false));

    [Fact]
    public void Prints_the_documented_json_shape()
    {
        File.Copy(Path.Combine(FixtureFiles.Fixtures, "seeds", "000_e7ad95d23837b17a.txt"), Path.Combine(_dir, "000.txt"));

        var result = Run("extract", ".", "--rules", Path.Combine(FixtureFiles.Root, "rules"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("000.txt", article.GetProperty("path").GetString());
        Assert.Equal("حقایق قفقاز", article.GetProperty("source").GetString());
        Assert.Equal("2021-01-11", article.GetProperty("published").GetString());
        var claim = article.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "checkpoints");
        foreach (var field in new[] { "rule", "key", "text", "line", "column", "span", "sentence", "asOf", "speaker", "value" })
        {
            Assert.True(claim.TryGetProperty(field, out _), field);
        }

        Assert.Equal(23, claim.GetProperty("line").GetInt32());
        Assert.Equal(80, claim.GetProperty("column").GetInt32());
        Assert.Equal(23m, claim.GetProperty("value").GetProperty("value").GetDecimal());
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void A_bad_article_is_reported_with_its_place_and_the_others_are_still_read()
    {
        Write("a-good.txt", "---\nsource: ایرنا\npublished: 2021-01-11\n---\nواحدهای روسی ۴۷۹ هکتار را از مین پاکسازی کردند.\n");
        File.WriteAllBytes(Path.Combine(_dir, "b-latin1.txt"), [.. Encoding.UTF8.GetBytes("---\nsource: x\n---\n"), 0xE9, 0x0A]);
        Write("c-broken.txt", "---\nsource: ایرنا\npublisht: 2021\n---\nمتن\n");

        var result = Run("extract", ".", "--rules", Path.Combine(FixtureFiles.Root, "rules"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b-latin1.txt:4:1: FC001: invalid UTF-8 at byte offset 18", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("c-broken.txt:3:1: FC102: unknown front matter key 'publisht'", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("a-good.txt", article.GetProperty("path").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2() =>
        Assert.Equal(2, Run("extract", "nowhere").ExitCode);

    [Fact]
    public void A_malformed_rule_file_stops_extraction_with_its_place()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        Write("rules/bad.yaml", "id: bad\nnature: evnt\n");
        Write("factcheck.yaml", "rules: [rules]\n");
        Write("a.txt", "متن\n");

        var result = Run("extract", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rules/bad.yaml:2:9: FC204: 'evnt' is not a nature", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_project_file_the_built_in_news_pack_is_used()
    {
        Write("a.txt", "---\npublished: 2021-01-11\n---\nدر محدوده صلحبانان روس ۲۳ مقر بازرسی فعالیت می کند. در این حادثه ۱۲ نفر جان باختند.\n");
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        Write("rules/bad.yaml", "id: bad\nnature: evnt\n"); // a rules/ folder in the working directory changes nothing

        var result = Run("extract", "a.txt", "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("killed", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("checkpoints", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_file_above_the_articles_chooses_the_packs_from_any_working_directory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "story", "day1"));
        Write("story/factcheck.yaml", "packs: [news, karabakh-2020]\n");
        Write("story/day1/a.txt", "---\npublished: 2021-01-11\n---\nدر محدوده صلحبانان روس ۲۳ مقر بازرسی فعالیت می کند.\n");

        var fromInside = FactCheckProcess.Run(["extract", "a.txt", "--format", "text"], [], Path.Combine(_dir, "story", "day1"));
        var fromOutside = Run("extract", "story/day1/a.txt", "--format", "text");

        Assert.Equal(0, fromInside.ExitCode);
        Assert.Contains("checkpoints", fromInside.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromInside.Stdout.Split('\n')[1..], fromOutside.Stdout.Split('\n')[1..]); // the first line names the path as given
    }

    [Fact]
    public void A_bad_project_file_is_named_with_line_and_column()
    {
        Write("factcheck.yaml", "packs: [nwes]\n");
        Write("a.txt", "متن\n");

        var result = Run("extract", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("factcheck.yaml:1:9: FC501: no built-in rule pack 'nwes'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'news'", result.Stderr, StringComparison.Ordinal);
    }
}

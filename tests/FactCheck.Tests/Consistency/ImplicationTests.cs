using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules.Loading;
using FactCheck.Tests.Fixtures;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Consistency;

public sealed class ImplicationTests
{
    // The Karabakh pack with war-length's scope taken out, so any day count reaches the implication.
    private static readonly Lazy<RuleLoadResult> Unscoped = new(() => RuleSetLoader.Load(
        Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules", "karabakh-2020"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => ($"rules/{Path.GetFileName(f)}", Encoding.UTF8.GetBytes(Path.GetFileName(f) == "war-length.yaml" ? WithoutScope(File.ReadAllText(f)) : File.ReadAllText(f))))));

    private static string WithoutScope(string yaml)
    {
        var unscoped = Regex.Replace(yaml, @"^scope:\n(  .*\n)+", string.Empty, RegexOptions.Multiline);
        Assert.NotEqual(yaml, unscoped);
        return unscoped;
    }

    private static ArticleClaims Article(string path, string body)
    {
        var text = $"---\nsource: {path}\npublished: 2021-01-11\n---\n{body}\n";
        return new ClaimExtractor(Unscoped.Value.Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_war_longer_than_any_calendar_dates_its_start_as_undatable_not_a_crash()
    {
        Assert.True(Unscoped.Value.IsValid, string.Join("\n", Unscoped.Value.Errors));
        var report = ConsistencyChecker.Check(
            [
                Article("a.txt", "جنگ ۹۹۹۹۹۹۹۹۹۹۹۹ روزه با آتش بس ۲۰ آبان ۱۳۹۹ پایان یافت."),
                Article("b.txt", "جنگ ۴۴ روزه با آتش بس ۲۰ آبان ۱۳۹۹ پایان یافت."),
            ],
            Unscoped.Value.Rules);

        var starts = report.Facts.Single(f => f.Rule.Id == "war-start").Claims;
        var undatable = Assert.Single(starts, c => c.Path == "a.txt");
        Assert.Equal(DateProblem.UnsupportedYear, Assert.IsType<DateValue>(undatable.Value).Problem);
        var dated = Assert.Single(starts, c => c.Path == "b.txt");
        var start = Assert.IsType<DateValue>(dated.Value);
        Assert.InRange(new DateOnly(2020, 9, 27), start.From!.Value, start.To!.Value); // the war began on 27 September
        Assert.Contains(report.Findings, f => f.Rule == "war-length");
    }
}

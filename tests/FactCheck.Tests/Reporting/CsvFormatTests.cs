using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Reporting.Escaping;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Reporting;

/// <summary><c>check --format csv</c> read back by CsvHelper (not FactCheck's own reader): one row per claim, RFC 4180, for Excel.</summary>
public sealed class CsvFormatTests
{
    private static byte[] Bytes(GateResult result)
    {
        using var stream = new MemoryStream();
        new CsvGateFormatter().Write(stream, result);
        return stream.ToArray();
    }

    private static List<Dictionary<string, string>> Rows(GateResult result)
    {
        using var reader = new StreamReader(new MemoryStream(Bytes(result)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = c => Assert.Fail($"bad CSV: {c.RawRecord}") });
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(CsvGateFormatter.Columns, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(CsvGateFormatter.Columns.Length, csv.Parser.Count);
            rows.Add(CsvGateFormatter.Columns.ToDictionary(c => c, c => csv.GetField(c)!));
        }

        return rows;
    }

    [Fact]
    public void One_row_per_claim_with_its_status_and_the_findings_that_list_it()
    {
        var result = FixtureGate.Result();
        var rows = Rows(result);

        var singles = result.New.Count(f => f.Kind == FindingKind.BadValue);
        Assert.Equal(result.Report.Facts.Sum(f => f.Claims.Count) + singles, rows.Count);
        Assert.All(rows, r => Assert.Contains(r["status"], new[] { "disputed", "accepted", "unlisted", "agrees", "uncompared" }));
        foreach (var finding in result.New)
        {
            var listing = rows.Where(r => r["findings"].Split(' ').Contains(finding.Fingerprint)).ToList();
            Assert.Equal(finding.Claims.Count, listing.Count);
            Assert.Equal(finding.Disputed.Select(c => $"{c.Path}:{c.Line}:{c.Column}").Order(StringComparer.Ordinal),
                listing.Where(r => r["status"] == "disputed").Select(r => $"{r["path"]}:{r["line"]}:{r["column"]}").Order(StringComparer.Ordinal));
        }

        // Facts with findings first, as in the other reports; then the values checked on their own.
        var checks = result.New.Where(f => f.Kind == FindingKind.BadValue).Select(f => f.Rule).ToHashSet();
        var facts = rows.TakeWhile(r => !checks.Contains(r["rule"])).Select(r => (Rule: r["rule"], Key: r["key"])).Distinct().ToList();
        var disputed = rows.Where(r => r["status"] == "disputed").Select(r => (Rule: r["rule"], Key: r["key"])).ToHashSet();
        var ranks = facts.Select(f => disputed.Contains(f) ? 0 : 1).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(singles, rows.SkipWhile(r => !checks.Contains(r["rule"])).Count());
        var only = rows.Where(r => r["status"] == "uncompared").ToList();
        Assert.All(only, r => Assert.Single(rows, o => o["rule"] == r["rule"] && o["key"] == r["key"]));
    }

    [Fact]
    public void A_claim_the_baseline_accepts_the_dispute_of_is_accepted_and_keeps_its_finding()
    {
        var all = SmallStory.Disputed();
        var finding = Assert.Single(all.New);
        var entry = CheckGate.AcceptAll(all.Report, Baseline.Empty, "known", "tests", new DateOnly(2026, 1, 1)).Entries.Single();

        var rows = Rows(SmallStory.Result(new Baseline([entry]), SmallStory.DisputedPieces));

        var accepted = Assert.Single(rows, r => r["status"] == "accepted");
        Assert.Equal(("a.txt", finding.Fingerprint, "error"), (accepted["path"], accepted["findings"], accepted["severity"]));
        Assert.Equal(2, rows.Count(r => r["status"] == "agrees" && r["findings"] == finding.Fingerprint));
        Assert.DoesNotContain(rows, r => r["status"] == "disputed");
    }

    [Fact]
    public void Excel_reads_it_as_utf8_and_every_row_ends_with_crlf()
    {
        var bytes = Bytes(SmallStory.Disputed());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(',', CsvGateFormatter.Columns) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split("\r\n").Length - 1); // header and three claims
        Assert.Contains("خبرگزاری الف", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_in_a_field_read_back_exactly()
    {
        var result = SmallStory.Disputed();
        const string Sentence = "به گزارش «الف»، \"۴۰۷ نفر\" جان باختند,\nand a second line; 50%, a:b";
        var fact = result.Report.Facts[0];
        var edited = fact with { Claims = [.. fact.Claims.Select(c => c with { Sentence = Sentence, Speaker = "a, \"b\"" })] };

        var rows = Rows(result with { Report = result.Report with { Facts = [edited] }, New = [] });

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(Sentence, r["sentence"]));
        Assert.All(rows, r => Assert.Equal("a, \"b\"", r["speaker"]));
        Assert.Contains(rows, r => r["url"] == "https://example.org/news/1?a=1&b=2");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be(string field, string written) => Assert.Equal(written, CsvText.Field(field));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a=b", "a=b")]
    [InlineData("۴۰۷ نفر", "۴۰۷ نفر")]
    public void Text_from_an_article_never_becomes_a_spreadsheet_formula(string text, string written) => Assert.Equal(written, CsvText.Text(text));
}

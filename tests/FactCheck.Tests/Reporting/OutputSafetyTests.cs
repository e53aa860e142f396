using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Reporting.Escaping;
using FactCheck.Reporting.Html;
using FactCheck.Reporting.Terminal;
using FactCheck.Rules;
using FactCheck.Rules.Loading;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// Issue 11: every byte FactCheck prints from input (file name, front-matter source, rule title,
/// baseline fields, an error's message) is neutralized for its medium. Each payload of the issue is
/// put everywhere at once and each format is compared with the same run on harmless text: the same
/// lines, the same annotations, the same table rows, links and HTML, and nothing a terminal or the
/// GitHub runner would act on.
/// </summary>
public sealed class OutputSafetyTests
{
    public static TheoryData<string> Payloads =>
    [
        "x\n::error file=a.txt,line=1::forged",
        "x\r::error::forged by a raw CR",
        "x\r\n  ::warning title=t::forged after spaces",
        "\u001b[31mred\u001b[0m\u001b]0;title\u0007\u009b2J",
        "\u202Eforged right-to-left, never closed",
        "\u2066isolate\u2028line separator",
        "say ##[error]legacy forged",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "![x](https://evil.example/x.png)",
        "[click](https://evil.example) and https://evil.example www.evil.example",
        "@everyone and @org/team",
        "a`b``c|d\ne | f",
        "%0A::error::percent-encoded",
        "50%, a:b,c",
    ];

    private const string Harmless = "harmless";

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Text_keeps_every_line_and_carries_nothing_a_terminal_or_runner_acts_on(string payload)
    {
        foreach (var (result, benign) in Results(payload))
        {
            // Wide enough that no line wraps: a field must not break its line by itself.
            var wide = new TextReportOptions(Colour: true, Width: 1_000_000);
            var text = Render(new TextGateFormatter(wide), result);

            Assert.Equal(Lines(Render(new TextGateFormatter(wide), benign)).Length, Lines(text).Length);
            AssertTerminalSafe(text, colourAllowed: true, isolatesAllowed: true);
            Assert.Contains(TerminalText.Field(payload), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Github_annotations_cannot_be_forged(string payload)
    {
        foreach (var (result, benign) in Results(payload))
        {
            var text = Render(new GithubGateFormatter(), result);
            var lines = Lines(text);

            Assert.Equal(Lines(Render(new GithubGateFormatter(), benign)).Length, lines.Length);
            AssertTerminalSafe(text, colourAllowed: false);
            foreach (var line in lines)
            {
                // As the runner reads it: the command, then properties up to the next "::".
                var m = Regex.Match(line, "^::(error|warning|notice) ([^:]*)::(.*)$");
                Assert.True(m.Success, line);
                var keys = m.Groups[2].Value.Split(',').Select(p => p.Split('=', 2)[0]).ToList();
                Assert.All(keys, k => Assert.Contains(k, new[] { "file", "line", "col", "endColumn", "title" }));
                Assert.Equal(keys.Count, keys.Distinct().Count());
            }

            var file = Regex.Match(lines[0], "file=([^,:]*)").Groups[1].Value;
            Assert.Equal(TerminalText.Field(PayloadPath(payload)), Uri.UnescapeDataString(file));
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Markdown_cannot_add_rows_html_links_images_or_mentions(string payload)
    {
        foreach (var (result, benign) in Results(payload))
        {
            var text = Render(new MarkdownGateFormatter(), result);
            var shape = Shape(text);

            Assert.Equal(Shape(Render(new MarkdownGateFormatter(), benign)), shape);
            AssertTerminalSafe(text, colourAllowed: false);
            // Outside code spans (where GitHub links and mentions nothing), no mention and no bare link.
            var plain = string.Concat(Markdown.Parse(text, Pipeline).Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            Assert.DoesNotMatch("@[A-Za-z]", plain);
            Assert.DoesNotContain("://", plain, StringComparison.Ordinal);
            Assert.DoesNotContain("www.", plain, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Html_gets_no_element_script_handler_or_link_from_input(string payload)
    {
        foreach (var (result, benign) in Results(payload))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Render(new HtmlGateFormatter(), result));
            var plain = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Render(new HtmlGateFormatter(), benign));

            Assert.Equal(plain.All.Select(e => e.LocalName), page.All.Select(e => e.LocalName));
            Assert.Single(page.QuerySelectorAll("script"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.Equal(plain.QuerySelectorAll("[href]").Length, page.QuerySelectorAll("[href]").Length);
            Assert.Contains(ReportXmlText.Line(payload), page.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(page.Body.TextContent, c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') || (c < ' ' && c is not '\n'));
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Csv_keeps_its_rows_and_carries_the_text_as_text(string payload)
    {
        var (result, benign) = Results(payload)[0];
        static List<string[]> Rows(GateResult r)
        {
            using var reader = new StringReader(Render(new CsvGateFormatter(), r).TrimStart('\uFEFF'));
            using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
            var rows = new List<string[]>();
            while (csv.Read())
            {
                rows.Add(csv.Parser.Record!);
            }

            return rows;
        }

        var rows = Rows(result);
        Assert.Equal(Rows(benign).Select(r => r.Length), rows.Select(r => r.Length));
        var source = Array.IndexOf(CsvGateFormatter.Columns, "source");
        Assert.Contains(rows, r => r[source] == payload || r[source] == "'" + payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Json_stays_valid_and_carries_the_exact_text(string payload)
    {
        var (result, _) = Results(payload)[0];
        using var json = JsonDocument.Parse(Render(new JsonGateFormatter(), result));

        var claims = json.RootElement.GetProperty("findings")[0].GetProperty("claims");
        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("source").GetString() == payload && c.GetProperty("path").GetString() == PayloadPath(payload));
        Assert.Equal(payload, json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Sarif_stays_valid_and_its_messages_hold_no_link(string payload)
    {
        foreach (var (result, benign) in Results(payload))
        {
            using var json = JsonDocument.Parse(Render(Sarif(result), result));
            using var plain = JsonDocument.Parse(Render(Sarif(benign), benign));

            var run = json.RootElement.GetProperty("runs")[0];
            Assert.Equal(plain.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength(), run.GetProperty("results").GetArrayLength());
            var messages = run.GetProperty("results").EnumerateArray()
                .SelectMany(r => new[] { r.GetProperty("message") }.Concat(r.TryGetProperty("relatedLocations", out var rel) ? rel.EnumerateArray().Select(l => l.GetProperty("message")) : []))
                .Select(m => m.GetProperty("text").GetString()!)
                .ToList();
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .SelectMany(r => new[] { "shortDescription", "fullDescription" }.Where(d => r.TryGetProperty(d, out _)).Select(d => r.GetProperty(d).GetProperty("text").GetString()!));
            Assert.All(messages.Concat(rules), m => Assert.DoesNotMatch(@"(?<!\\)\[[^\]]*(?<!\\)\]\(", m));
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void An_error_on_standard_error_stays_one_line(string payload)
    {
        var error = new Diagnostic("FC002", new SourceLocation(PayloadPath(payload), 1, 1), payload).ToString();
        var thrown = new FactCheckException("FC002", new SourceLocation(PayloadPath(payload), 1, 1), payload).Message;

        foreach (var line in new[] { error, thrown })
        {
            Assert.Single(Lines(line));
            AssertTerminalSafe(line, colourAllowed: false);
        }
    }

    [Theory]
    [InlineData("ok", "ok")]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("\t\u001b[0m\r", "\\u0009\\u001B[0m\\u000D")]
    [InlineData("\u202Eabc\u2069", "\\u202Eabc\\u2069")]
    [InlineData("::error::x", ":\\u003Aerror:\\u003Ax")]
    [InlineData("##[error]", "##\\u005Berror]")]
    [InlineData("قره‌باغ \u200F۹ نوامبر", "قره‌باغ \u200F۹ نوامبر")] // Persian, joiner and RLM pass
    public void Terminal_text_escapes_controls_bidi_and_command_markers(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Field(input));

    [Fact]
    public void A_surrogate_pair_passes_and_a_lone_surrogate_is_escaped() =>
        Assert.Equal("😀 \\uD800x", TerminalText.Field("😀 " + (char)0xD800 + "x"));

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("![x](y)", "!\\[x\\](y)")]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("https://e.x", "https:\u200B//e.x")]
    [InlineData("a\nb", "a\\\\u000Ab")]
    public void Markdown_inline_text_escapes_syntax(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Inline(input));

    [Theory]
    [InlineData("a.txt", "`a.txt`")]
    [InlineData("a`b.txt", "``a`b.txt``")]
    [InlineData("`a", "`` `a ``")]
    [InlineData("a|b", "`a\\|b`")]
    public void Markdown_code_spans_cannot_be_closed_early(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(input));

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    // What a comment shows: table rows and cells, HTML, links and images, as Markdig reads them.
    private static string Shape(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var rows = document.Descendants<TableRow>().Select(r => r.Count).ToList();
        var html = document.Descendants<HtmlInline>().Select(h => h.Tag).Concat(document.Descendants<HtmlBlock>().Select(_ => "block")).ToList();
        var links = document.Descendants<LinkInline>().Count() + document.Descendants<AutolinkInline>().Count();
        return string.Create(CultureInfo.InvariantCulture, $"rows {string.Join(',', rows)}; html {string.Join(',', html)}; links {links}; blocks {document.Count}");
    }

    private static void AssertTerminalSafe(string text, bool colourAllowed, bool isolatesAllowed = false)
    {
        // FactCheck's own colour codes are ESC [ digits m; nothing else may reach the terminal. The
        // text report's own bidi isolates (FSI … PDI, each closed on its line) around Persian runs are
        // its only others: input's isolates are escaped as \u2066 and so on.
        var bare = colourAllowed ? Regex.Replace(text, "\u001b\\[[0-9]+m", string.Empty) : text;
        foreach (var line in Lines(bare))
        {
            var depth = 0;
            foreach (var c in line.Where(c => isolatesAllowed && c is '\u2068' or '\u2069'))
            {
                depth += c == '\u2068' ? 1 : -1;
                Assert.InRange(depth, 0, 1);
            }

            Assert.Equal(0, depth);
            var plain = isolatesAllowed ? line.Replace("\u2068", string.Empty, StringComparison.Ordinal).Replace("\u2069", string.Empty, StringComparison.Ordinal) : line;
            Assert.DoesNotContain(plain, c => TerminalText.NeedsEscape(c));
            Assert.DoesNotContain("##[", plain, StringComparison.Ordinal);
        }

        foreach (var line in Lines(text))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal) && !Regex.IsMatch(line, "^::(error|warning|notice) (file|title)="), line);
        }
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    private static string PayloadPath(string payload) => $"articles/{payload}.txt";

    // The payload as a file name, a source, a rule title, an error and every baseline field; next to
    // it, the same run with harmless text. Once with the finding new, once with it accepted.
    private static List<(GateResult Result, GateResult Benign)> Results(string payload)
    {
        var (report, errors) = Report(payload);
        var (benignReport, benignErrors) = Report(Harmless);
        var fingerprint = report.Findings.Single(f => f.Kind != FindingKind.BadValue).Fingerprint;
        var benignFingerprint = benignReport.Findings.Single(f => f.Kind != FindingKind.BadValue).Fingerprint;
        BaselineEntry Entry(string text, string fp) => new(fp, text, text, text, text, new DateOnly(2026, 1, 1));
        var stale = Entry(payload, "0123456789abcdef0123456789abcdef");
        var benignStale = Entry(Harmless, "0123456789abcdef0123456789abcdef");
        return
        [
            (CheckGate.Judge(report, errors, new GateOptions(Severity.Error, new Baseline([stale]))),
             CheckGate.Judge(benignReport, benignErrors, new GateOptions(Severity.Error, new Baseline([benignStale])))),
            (CheckGate.Judge(report, errors, new GateOptions(Severity.Error, new Baseline([Entry(payload, fingerprint), stale]))),
             CheckGate.Judge(benignReport, benignErrors, new GateOptions(Severity.Error, new Baseline([Entry(Harmless, benignFingerprint), benignStale])))),
        ];
    }

    private static (CheckReport Report, IReadOnlyList<Diagnostic> Errors) Report(string payload)
    {
        var rules = Rules(payload);
        var extractor = new ClaimExtractor(rules);
        ArticleClaims Article(string path, string source, string body) =>
            extractor.Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes($"---\nsource: {Yaml(source)}\npublished: 2017-11-13\n---\n{body}\n")));
        var articles = new[]
        {
            Article(PayloadPath(payload), payload, "۴۰۷ نفر جان باختند."),
            Article("b.txt", "ایرنا", "۳۲۸ نفر جان باختند."),
            Article("c.txt", "ایسنا", "۳۲۸ نفر جان باختند."),
        };
        Assert.Equal(payload, articles[0].Metadata.Source); // the payload really is the source
        var errors = new[] { new Diagnostic("FC002", new SourceLocation(PayloadPath(payload), 1, 1), payload) };
        return (ConsistencyChecker.Check(articles, rules), errors);
    }

    private static RuleSet Rules(string title)
    {
        var yaml = $"id: killed\ntitle: {{fa: x, en: {Yaml(title)}}}\nvalue: {{type: quantity, dimensions: [people, count]}}\n"
            + "cues: [جان باختند]\ncue-window: 5\nnature: event\nexamples: [{text: بی ربط, none: true}]\n";
        var loaded = RuleSetLoader.Load([("r.yaml", Encoding.UTF8.GetBytes(yaml))]);
        Assert.Empty(loaded.Errors);
        Assert.Equal(title, loaded.Rules.Rules[0].Title.En);
        return loaded.Rules;
    }

    // A YAML double-quoted scalar: every character outside printable ASCII and Persian as \uXXXX.
    private static string Yaml(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c is '"' or '\\' ? $"\\{c}" : c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u2000' && c <= '\u206F') || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return b.Append('"').ToString();
    }

    private static SarifGateFormatter Sarif(GateResult result) => new(new RuleSet([.. result.Report.Facts.Select(f => f.Rule).Distinct()]), "1.0.0", "file:///repo/");

    private static string Render(IGateFormatter formatter, GateResult result)
    {
        using var stream = new MemoryStream();
        formatter.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

using System.Text;
using System.Text.Json;
using FactCheck.Articles;
using FactCheck.Diagnostics;

namespace FactCheck.Claims.Lines;

/// <summary>
/// Reads a claims file (<see cref="ClaimLines"/>) back into the articles and claims extraction made, so
/// that lining up gives the same report as a run over the articles. Every line is read strictly: one
/// that is not what the schema says is an error naming file, line and column, never skipped.
/// </summary>
public static class ClaimLinesReader
{
    public const string BadLineCode = "FC601";

    private static readonly IReadOnlyDictionary<string, AsOfBasis> Bases =
        NameTable.Of<AsOfBasis>(Reporting.ExtractJsonFormatter.Basis);

    /// <summary>The claims in one file; <paramref name="problems"/> gets every bad line (no claims are then returned).</summary>
    /// <param name="path">The file's name, for messages.</param>
    /// <param name="keep">Which claims to keep, by rule and key: a partition's share (all others are read, checked and dropped).</param>
    /// <param name="rulesHash">The rules this run loaded (<see cref="Rules.RuleSet.ContentHash"/>): claims extracted with others are refused.</param>
    public static CorpusClaims Read(string path, TextReader text, List<Diagnostic> problems, Func<string, string, bool>? keep = null, string? rulesHash = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var articles = new List<ArticleClaims>();
        var errors = new List<Diagnostic>();
        var byPath = new Dictionary<string, (ArticleMetadata Metadata, List<Claim> Claims, List<Claim> Flagged, Provenance.ReportPrint? Print)>(StringComparer.Ordinal);
        var order = new List<string>();
        var lineNumber = 0;
        var header = false;
        var shared = new SharedStrings();
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            try
            {
                using var json = Parse(line, path, lineNumber);
                var fields = new LineFields(json.RootElement, line, path, lineNumber, header ? "a line" : "the header");
                if (!header)
                {
                    Header(fields, rulesHash);
                    header = true;
                    continue;
                }

                var type = fields.String("type");
                switch (type)
                {
                    case ClaimLines.Article:
                        var articlePath = fields.String("path");
                        var metadata = ArticleMetadata.Empty with { Source = fields.NullableString("source"), Published = fields.Date("published"), Url = fields.NullableString("url") };
                        var print = fields.NullableObject("print", "an article's print") is { } p ? ReadPrint(p) : null;
                        fields.NoOthers();
                        if (!byPath.TryAdd(articlePath, (metadata, [], [], print)))
                        {
                            throw fields.Error($"the article '{articlePath}' is listed twice", column: 1);
                        }

                        order.Add(articlePath);
                        break;
                    case ClaimLines.Claim or ClaimLines.Flagged:
                        var claim = ReadClaim(fields, type == ClaimLines.Claim ? "a claim" : "a flagged value", shared);
                        if (!byPath.TryGetValue(claim.Path, out var article))
                        {
                            throw fields.Error($"the claim's article '{claim.Path}' has no article line before it", column: 1);
                        }

                        if (type == ClaimLines.Flagged && !ValueChecks.All.Any(c => c.Id == claim.Rule))
                        {
                            throw fields.Bad("rule", $"a value check ({string.Join(", ", ValueChecks.All.Select(c => c.Id))})");
                        }

                        if (article.Metadata.Url is { } url)
                        {
                            claim = claim with { Url = url };
                        }

                        if (keep is null || keep(claim.Rule, claim.Key))
                        {
                            (type == ClaimLines.Claim ? article.Claims : article.Flagged).Add(claim);
                        }

                        break;
                    case ClaimLines.Error:
                        var error = new Diagnostic(fields.String("code"), new SourceLocation(fields.String("path"), fields.Int("line"), fields.Int("column")), fields.String("message"));
                        fields.NoOthers();
                        errors.Add(error);
                        break;
                    default:
                        throw fields.Bad("type", $"one of {ClaimLines.Article}, {ClaimLines.Claim}, {ClaimLines.Flagged}, {ClaimLines.Error}");
                }
            }
            catch (FactCheckException e)
            {
                problems.Add(new Diagnostic(e.Code, e.Location, e.Detail));
            }
        }

        if (!header && problems.Count == before)
        {
            problems.Add(new Diagnostic(BadLineCode, new SourceLocation(path, 1, 1), $"empty: a claims file starts with a line {{\"schema\": \"{ClaimLines.Schema}\", \"version\": {ClaimLines.Version}}}"));
        }

        foreach (var p in order)
        {
            var (metadata, claims, flagged, print) = byPath[p];
            articles.Add(new ArticleClaims(p, metadata, claims, flagged) { Print = print });
        }

        return problems.Count > before ? new CorpusClaims([], []) : new CorpusClaims(articles, errors);
    }

    private static JsonDocument Parse(string line, string path, int lineNumber)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            // The parser counts bytes of UTF-8; columns everywhere else count UTF-16 units.
            var bytes = Encoding.UTF8.GetBytes(line);
            var at = (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length);
            var column = Encoding.UTF8.GetCharCount(bytes, 0, at) + 1;
            throw new FactCheckException(BadLineCode, new SourceLocation(path, lineNumber, column), $"not a JSON object on one line: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message) => message.Split(" LineNumber:", 2)[0].TrimEnd();

    private static void Header(LineFields fields, string? rulesHash)
    {
        var expected = $"the first line must be {{\"schema\": \"{ClaimLines.Schema}\", \"version\": {ClaimLines.Version}, ...}}: is this a file 'factcheck extract --format jsonl' wrote?";
        if (fields.NullableString("schema") != ClaimLines.Schema)
        {
            throw fields.Error(expected, column: 1);
        }

        var version = fields.Int("version");
        if (version != ClaimLines.Version)
        {
            throw fields.Bad("version", $"{ClaimLines.Version}: this FactCheck reads version {ClaimLines.Version} only; extract the claims again with it");
        }

        fields.NullableString("tool");
        var extractedWith = fields.NullableString("rules");
        if (rulesHash is not null && extractedWith is not null && extractedWith != rulesHash)
        {
            // Lining up with other rules than extraction used would judge facts by rules that did not find them.
            throw fields.Bad("rules", $"the rules this run loaded ({rulesHash[..12]}…), not {extractedWith[..Math.Min(12, extractedWith.Length)]}…: extract again, or check with the rules the claims were extracted with (--rules)");
        }

        fields.NoOthers();
    }

    private static Claim ReadClaim(LineFields f, string what, SharedStrings shared)
    {
        var fields = f;
        fields.What = what;
        var path = shared.Of(fields.String("path"));
        var source = fields.NullableString("source") is { } outlet ? shared.Of(outlet) : null;
        var published = fields.Date("published");
        var rule = shared.Of(fields.String("rule"));
        var key = shared.Of(fields.String("key"));
        var text = fields.String("text");
        var line = fields.Int("line");
        var column = fields.Int("column");
        var span = fields.Span("span");
        var sentence = shared.Sentence(fields.String("sentence"));
        var asOf = fields.Date("asOf");
        var asOfTime = fields.NullableString("asOfTime") is { } clock ? ClockOf(fields, clock) : (ClockRange?)null;
        var basis = fields.Name("asOfBasis", Bases);
        var speaker = fields.NullableString("speaker");
        var via = fields.NullableString("via");
        var value = ValueFields.Read(fields.Object("value", $"{what}'s value"));
        fields.NoOthers();
        return new Claim(rule, key, value, path, span, line, column, text, sentence, asOf, speaker, source, published)
        {
            AsOfTime = asOfTime,
            AsOfBasis = basis,
            Via = via,
        };
    }

    /// <summary>
    /// One string for what many claims repeat (path, outlet, rule, key, and a sentence that gives several
    /// claims), as extraction shares them: read back, claims take no more memory than extracted ones.
    /// </summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private string _lastSentence = string.Empty;

        public string Of(string text)
        {
            if (_seen.TryGetValue(text, out var kept))
            {
                return kept;
            }

            _seen[text] = text;
            return text;
        }

        public string Sentence(string text) => text == _lastSentence ? _lastSentence : _lastSentence = text;
    }

    /// <summary>«17:00» or «15:00–18:59», as <see cref="ClockRange.ToString"/> writes it.</summary>
    private static ClockRange ClockOf(LineFields f, string text)
    {
        var parts = text.Split('–');
        if (parts.Length is 1 or 2 && Minute(parts[0]) is { } from && Minute(parts[^1]) is { } to && from <= to)
        {
            return new ClockRange(from, to);
        }

        throw f.Bad("asOfTime", "a time as HH:mm or HH:mm–HH:mm");
    }

    private static int? Minute(string clock) =>
        clock.Length == 5 && clock[2] == ':' && int.TryParse(clock.AsSpan(0, 2), out var h) && int.TryParse(clock.AsSpan(3, 2), out var m) && h < 24 && m < 60
            ? (h * 60) + m
            : null;

    private static Provenance.ReportPrint ReadPrint(LineFields fields)
    {
        var sentences = fields.HexList("sentences");
        var declared = fields.NullableString("declared");
        fields.NoOthers();
        return new Provenance.ReportPrint(sentences, declared);
    }
}

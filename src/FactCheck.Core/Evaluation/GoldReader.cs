using System.Globalization;
using FactCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Evaluation;

/// <summary>Reads a gold.yaml; every problem is located at its line and column, never skipped.</summary>
public static class GoldReader
{
    public const string BadGoldCode = "FC401";

    private static readonly string[] TopKeys = ["version", "story", "description", "facts", "claims", "findings", "must-not-flag", "copies"];
    private static readonly string[] ClaimKeys = ["article", "line", "fact", "value", "value-max", "date", "qualifier", "unit", "place", "event", "as-of", "attribution", "note"];
    private static readonly string[] FindingKeys = ["fact", "disputed", "against", "why"];
    private static readonly string[] PairKeys = ["fact", "articles", "why"];
    private static readonly string[] CopiesKeys = ["original", "copies", "why"];

    public static Gold? Read(string path, string text, List<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!YamlProblems.TryLoad(text, out var stream, out var problem))
        {
            errors.Add(new Diagnostic(BadGoldCode, new SourceLocation(path, problem.Line, problem.Column), $"not valid YAML: {problem.Message}"));
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new Diagnostic(BadGoldCode, new SourceLocation(path, 1, 1), "a gold file is one YAML mapping (version, story, facts, claims, findings, must-not-flag)"));
            return null;
        }

        var before = errors.Count;
        var reader = new Reader(path, errors);
        var map = reader.Map(root, TopKeys);
        if (reader.Text(map, "version", root) is { } version && version != "1")
        {
            reader.Error(map["version"], $"version {version} is not supported; this FactCheck reads version 1");
        }

        var story = reader.Text(map, "story", root) ?? string.Empty;
        var facts = reader.List(map, "facts", root).Select(n => reader.Scalar(n) ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var claims = reader.List(map, "claims", root).Select(n => reader.Claim(n, facts)).OfType<GoldClaim>().ToList();
        var findings = reader.Optional(map, "findings").Select(reader.Finding).OfType<GoldFinding>().ToList();
        var pairs = reader.Optional(map, "must-not-flag").Select(reader.Pair).OfType<GoldPair>().ToList();
        var copies = map.ContainsKey("copies") ? reader.Optional(map, "copies").Select(reader.Copies).OfType<GoldCopies>().ToList() : null;
        return errors.Count > before ? null : new Gold(story, facts, claims, findings, pairs) { Copies = copies };
    }

    private sealed class Reader(string path, List<Diagnostic> errors)
    {
        public void Error(YamlNode node, string message) =>
            errors.Add(new Diagnostic(BadGoldCode, new SourceLocation(path, (int)node.Start.Line, (int)node.Start.Column), message));

        public Dictionary<string, YamlNode> Map(YamlNode node, string[] keys)
        {
            var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            if (node is not YamlMappingNode mapping)
            {
                Error(node, "expected a mapping of keys");
                return map;
            }

            foreach (var (k, v) in mapping.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                if (!keys.Contains(key))
                {
                    Error(k, $"unknown key '{key}'{Suggestions.DidYouMean(key, keys)}; expected one of {string.Join(", ", keys)}");
                }
                else if (!map.TryAdd(key, v))
                {
                    Error(k, $"key '{key}' is given twice");
                }
            }

            return map;
        }

        public string? Scalar(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } value })
            {
                return value;
            }

            Error(node, "expected a single value");
            return null;
        }

        public string? Text(Dictionary<string, YamlNode> map, string key, YamlNode owner)
        {
            if (map.TryGetValue(key, out var node))
            {
                return Scalar(node);
            }

            Error(owner, $"'{key}' is required");
            return null;
        }

        public IEnumerable<YamlNode> List(Dictionary<string, YamlNode> map, string key, YamlNode owner)
        {
            if (!map.ContainsKey(key))
            {
                Error(owner, $"'{key}' is required");
                return [];
            }

            return Optional(map, key);
        }

        public IEnumerable<YamlNode> Optional(Dictionary<string, YamlNode> map, string key)
        {
            if (!map.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children;
            }

            Error(node, $"'{key}' must be a list");
            return [];
        }

        public GoldClaim? Claim(YamlNode node, IReadOnlySet<string> facts)
        {
            var map = Map(node, ClaimKeys);
            var article = Text(map, "article", node);
            var fact = Text(map, "fact", node);
            var line = Number(map, "line", node, required: true);
            if (fact is not null && !facts.Contains(fact))
            {
                Error(map["fact"], $"fact '{fact}' is not listed under 'facts'");
            }

            var value = map.ContainsKey("value") ? Number(map, "value", node, required: true) : null;
            var date = map.TryGetValue("date", out var dateNode) ? Day(dateNode) : null;
            if (map.ContainsKey("value") == map.ContainsKey("date"))
            {
                Error(node, "a claim gives exactly one of 'value' (an amount) and 'date'");
            }

            DateTimeOffset? asOf = null;
            var hasTime = false;
            if (map.TryGetValue("as-of", out var asOfNode) && Scalar(asOfNode) is { } asOfText)
            {
                hasTime = asOfText.Contains('T', StringComparison.Ordinal);
                if (DateTimeOffset.TryParse(asOfText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    asOf = hasTime ? parsed : new DateTimeOffset(DateOnly.ParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                }
                else
                {
                    Error(asOfNode, $"'as-of' must be yyyy-MM-dd or an ISO 8601 date-time with offset, not '{asOfText}'");
                }
            }

            return article is null || fact is null || line is null
                ? null
                : new GoldClaim(article, (int)line, fact, value, date, asOf, hasTime, OptionalText(map, "attribution"), OptionalText(map, "event"), OptionalText(map, "place"));
        }

        public GoldFinding? Finding(YamlNode node)
        {
            var map = Map(node, FindingKeys);
            var fact = Text(map, "fact", node);
            var disputed = List(map, "disputed", node).Select(Scalar).OfType<string>().ToList();
            var against = Optional(map, "against").Select(Scalar).OfType<string>().ToList();
            return fact is null ? null : new GoldFinding(fact, disputed, against, OptionalText(map, "why") ?? string.Empty);
        }

        public GoldPair? Pair(YamlNode node)
        {
            var map = Map(node, PairKeys);
            var fact = Text(map, "fact", node);
            var articles = List(map, "articles", node).Select(Scalar).OfType<string>().ToList();
            return fact is null ? null : new GoldPair(fact, articles, OptionalText(map, "why") ?? string.Empty);
        }

        public GoldCopies? Copies(YamlNode node)
        {
            var map = Map(node, CopiesKeys);
            var original = Text(map, "original", node);
            var copies = List(map, "copies", node).Select(Scalar).OfType<string>().ToList();
            return original is null ? null : new GoldCopies(original, copies, OptionalText(map, "why") ?? string.Empty);
        }

        private string? OptionalText(Dictionary<string, YamlNode> map, string key) => map.TryGetValue(key, out var node) ? Scalar(node) : null;

        private decimal? Number(Dictionary<string, YamlNode> map, string key, YamlNode owner, bool required)
        {
            if (!map.TryGetValue(key, out var node))
            {
                if (required)
                {
                    Error(owner, $"'{key}' is required");
                }

                return null;
            }

            if (Scalar(node) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Error(node, $"'{key}' must be a number");
            return null;
        }

        private DateOnly? Day(YamlNode node)
        {
            if (Scalar(node) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            Error(node, "'date' must be yyyy-MM-dd");
            return null;
        }
    }
}

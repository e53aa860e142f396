using System.Globalization;
using System.Text;
using FactCheck.Articles;
using FactCheck.Cases;
using FactCheck.Claims;
using FactCheck.Diagnostics;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Rules.Loading;

/// <summary>
/// Loads rule files given as (path, bytes): reads, validates, builds, rejects duplicate ids, and runs
/// every rule's examples through the real extractor, so a rule that cannot match fails here.
/// </summary>
public static class RuleSetLoader
{
    public static RuleLoadResult Load(IEnumerable<(string Path, byte[] Bytes)> files) => Load(files, checkExamples: true);

    /// <summary>
    /// Every example of every rule that loads, as a test case of its own that passes or fails: a rule
    /// author sees a broken example as a failing test named after it. Problems other than examples
    /// (a rule file that does not load) are in <see cref="RuleLoadResult.Errors"/>.
    /// </summary>
    public static (IReadOnlyList<RuleExampleCase> Cases, IReadOnlyList<Diagnostic> Errors) ExampleCases(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        var loaded = Load(files, checkExamples: false);
        var cases = loaded.Rules.Rules.SelectMany(rule =>
        {
            var extractor = new ClaimExtractor(new RuleSet([rule]));
            return rule.Examples.Select((example, i) => new RuleExampleCase(rule.Id, i + 1, example, CheckExample(extractor, example)));
        });
        return ([.. cases], loaded.Errors);
    }

    private static RuleLoadResult Load(IEnumerable<(string Path, byte[] Bytes)> files, bool checkExamples)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<Diagnostic>();
        var rules = new List<Rule>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // What the files say, not where they are: the same rules anywhere extract the same claims.
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
            string text;
            try
            {
                text = Text.StrictUtf8.Decode(bytes, path);
            }
            catch (FactCheckException e)
            {
                errors.Add(new Diagnostic(e.Code, e.Location, e.Detail));
                continue;
            }

            var fileErrors = new List<Diagnostic>();
            var draft = RuleFileReader.Read(path, text, fileErrors);
            if (fileErrors.Count == 0)
            {
                var result = new RuleDraftValidator().Validate(draft);
                fileErrors.AddRange(result.Errors.Select(f =>
                {
                    var (line, column) = draft.Where(f.PropertyName);
                    return new Diagnostic(f.ErrorCode, new SourceLocation(path, line, column), f.ErrorMessage);
                }));
            }

            if (fileErrors.Count > 0)
            {
                errors.AddRange(fileErrors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column));
                continue;
            }

            var rule = RuleBuilder.Build(draft);
            if (seen.TryGetValue(rule.Id, out var first))
            {
                var (line, column) = draft.Where("Id");
                errors.Add(new Diagnostic(RuleCodes.DuplicateId, new SourceLocation(path, line, column), $"rule id '{rule.Id}' is already defined at {first}"));
                continue;
            }

            seen[rule.Id] = rule.Location;
            var exampleErrors = checkExamples ? CheckExamples(rule).ToList() : [];
            errors.AddRange(exampleErrors);
            if (exampleErrors.Count == 0)
            {
                rules.Add(rule);
            }
        }

        if (seen.Count == 0 && errors.Count == 0)
        {
            errors.Add(new Diagnostic(RuleCodes.Missing, new SourceLocation("rules", 1, 1), "no rule files (.yaml or .yml) found: FactCheck needs at least one rule"));
        }

        // Implications name other rules: each must exist and be a date rule.
        foreach (var rule in rules)
        {
            foreach (var implication in rule.Implies)
            {
                foreach (var id in new[] { implication.Fact, implication.Anchor })
                {
                    if (rules.FirstOrDefault(r => r.Id == id) is not { ValueType: RuleValueType.Date })
                    {
                        errors.Add(new Diagnostic(RuleCodes.BadValue, rule.Location,
                            $"rule '{rule.Id}' implies from or to '{id}', which is not a loaded date rule{Suggestions.DidYouMean(id, rules.Select(r => r.Id))}"));
                    }
                }
            }
        }

        return new RuleLoadResult(new RuleSet(rules) { ContentHash = Convert.ToHexStringLower(hash.GetHashAndReset()) }, errors);
    }

    /// <summary>Each example runs alone through the extractor with only its own rule loaded.</summary>
    public static IEnumerable<Diagnostic> CheckExamples(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var extractor = new ClaimExtractor(new RuleSet([rule]));
        foreach (var example in rule.Examples)
        {
            if (CheckExample(extractor, example) is { } problem)
            {
                yield return new Diagnostic(RuleCodes.ExampleFailed, example.Location, problem);
            }
        }
    }

    /// <summary>What is wrong with an example, run through an extractor of its rule alone; null when it yields what it says.</summary>
    private static string? CheckExample(ClaimExtractor extractor, RuleExample example)
    {
        var article = ArticleReader.Read(example.Location.Path, Encoding.UTF8.GetBytes(example.Text));
        article = new Article(article.Path, article.Text, 0, article.Metadata with { Published = example.Published });
        return Judge(example, extractor.Extract(article).Claims);
    }

    private static string? Judge(RuleExample example, IReadOnlyList<Claim> claims)
    {
        var found = claims.Count == 0 ? "no claim" : string.Join("; ", claims.Select(Describe));
        if (example.None)
        {
            return claims.Count == 0 ? null : $"example must yield no claim, but yields {found}";
        }

        var match = claims.Any(c =>
            (example.Value is null || Nominal(c.Value) == example.Value)
            && (example.Date is null || (c.Value is DateValue d && d.From == example.Date))
            && (example.Key is null || c.Key == example.Key));
        if (match)
        {
            return null;
        }

        var expected = example.Value is { } v ? $"value {v.ToString(CultureInfo.InvariantCulture)}"
            : $"date {ValueNames.Iso(example.Date!.Value)}";
        return $"example must yield {expected}{(example.Key is null ? string.Empty : $" with key '{example.Key}'")}, but yields {found}";
    }

    private static decimal? Nominal(Value value) => value switch
    {
        Quantity q => q.Nominal,
        Duration d => d.Nominal,
        _ => null,
    };

    private static string Describe(Claim c) => c.Value switch
    {
        DateValue d => $"date {(d.From is { } f ? ValueNames.Iso(f) : "unresolved")} ({c.Text}){Keyed(c)}",
        _ => $"value {Nominal(c.Value)?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({c.Text}){Keyed(c)}",
    };

    private static string Keyed(Claim c) => c.Key.Length == 0 ? string.Empty : $" key '{c.Key}'";
}

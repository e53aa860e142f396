using FactCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Rules.Loading;

/// <summary>Reads one rule file's YAML into a <see cref="RuleDraft"/>, keeping every node's location.</summary>
internal static class RuleFileReader
{
    public const string Root = "<root>";

    public static readonly string[] TopKeys =
        ["id", "title", "value", "cues", "cue-side", "cue-window", "veto", "context", "scope", "key", "nature", "tolerance", "as-of-window", "same-event-within", "examples", "implies"];

    private static readonly string[] TitleKeys = ["fa", "en"];
    private static readonly string[] ValueKeys = ["type", "dimensions", "relative-days"];
    private static readonly string[] ScopeKeys = ["from", "to", "min", "max"];
    private static readonly string[] KeyPartKeys = ["name", "text", "date-after", "names", "period", "required"];
    private static readonly string[] ImpliesKeys = ["fact", "counting-back-from", "counting-on-from"];
    private static readonly string[] ExampleKeys = ["text", "published", "value", "date", "key", "none"];

    public static RuleDraft Read(string path, string text, List<Diagnostic> errors)
    {
        var draft = new RuleDraft { Path = path };
        if (!YamlProblems.TryLoad(text, out var stream, out var problem))
        {
            errors.Add(new Diagnostic(RuleCodes.Syntax, new SourceLocation(path, problem.Line, problem.Column), $"not valid YAML: {problem.Message}"));
            return draft;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new Diagnostic(RuleCodes.Syntax, new SourceLocation(path, 1, 1), "a rule file must be a mapping of keys (id, title, value, cues, nature, examples, ...)"));
            return draft;
        }

        draft.Locations[Root] = At(root);
        foreach (var (key, node) in Entries(draft, root, Root, TopKeys))
        {
            switch (key)
            {
                case "id": draft.Id = Scalar(draft, node, "Id"); break;
                case "title":
                    draft.HasTitle = true;
                    Mark(draft, "TitleFa", node);
                    Mark(draft, "TitleEn", node);
                    foreach (var (k, n) in Entries(draft, Mapping(draft, node, "Title"), "Title", TitleKeys))
                    {
                        if (k == "fa")
                        {
                            draft.TitleFa = Scalar(draft, n, "TitleFa");
                        }
                        else
                        {
                            draft.TitleEn = Scalar(draft, n, "TitleEn");
                        }
                    }

                    break;
                case "value":
                    draft.HasValue = true;
                    Mark(draft, "ValueType", node);
                    foreach (var (k, n) in Entries(draft, Mapping(draft, node, "Value"), "Value", ValueKeys))
                    {
                        if (k == "type")
                        {
                            draft.ValueType = Scalar(draft, n, "ValueType");
                        }
                        else if (k == "relative-days")
                        {
                            draft.RelativeDays = Scalar(draft, n, "RelativeDays");
                        }
                        else
                        {
                            draft.Dimensions.AddRange(List(draft, n, "Dimensions"));
                        }
                    }

                    break;
                case "cues": draft.Cues.AddRange(List(draft, node, "Cues")); break;
                case "cue-side": draft.CueSide = Scalar(draft, node, "CueSide"); break;
                case "cue-window": draft.CueWindow = Scalar(draft, node, "CueWindow"); break;
                case "veto": draft.Veto.AddRange(List(draft, node, "Veto")); break;
                case "context": draft.Context.AddRange(List(draft, node, "Context")); break;
                case "scope":
                    foreach (var (k, n) in Entries(draft, Mapping(draft, node, "Scope"), "Scope", ScopeKeys))
                    {
                        var value = Scalar(draft, n, "Scope" + char.ToUpperInvariant(k[0]) + k[1..]);
                        _ = k switch
                        {
                            "from" => draft.ScopeFrom = value,
                            "to" => draft.ScopeTo = value,
                            "min" => draft.ScopeMin = value,
                            _ => draft.ScopeMax = value,
                        };
                    }

                    break;
                case "key": ReadKey(draft, node); break;
                case "nature": draft.Nature = Scalar(draft, node, "Nature"); break;
                case "tolerance": draft.Tolerance = Scalar(draft, node, "Tolerance"); break;
                case "as-of-window": draft.AsOfWindow = Scalar(draft, node, "AsOfWindow"); break;
                case "same-event-within": draft.SameEventWithin = Scalar(draft, node, "SameEventWithin"); break;
                case "examples": ReadExamples(draft, node); break;
                case "implies": ReadImplies(draft, node); break;
            }
        }

        return draft;
    }

    private static void ReadKey(RuleDraft draft, YamlNode node)
    {
        Mark(draft, "Key", node);
        if (node is not YamlSequenceNode sequence)
        {
            draft.ShapeErrors.Add(("Key", "a list of key parts (- name: ...)"));
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var where = $"Key[{i}]";
            var part = new KeyPartDraft();
            draft.Key.Add(part);
            Mark(draft, where, sequence.Children[i]);
            foreach (var (k, n) in Entries(draft, Mapping(draft, sequence.Children[i], where), where, KeyPartKeys))
            {
                switch (k)
                {
                    case "name": part.Name = Scalar(draft, n, where + ".Name"); break;
                    case "text": part.Text = Scalar(draft, n, where + ".Text"); break;
                    case "date-after": part.DateAfter = List(draft, n, where + ".DateAfter"); break;
                    case "names": part.Names = List(draft, n, where + ".Names"); break;
                    case "period": part.Period = Scalar(draft, n, where + ".Period"); break;
                    case "required": part.Required = Scalar(draft, n, where + ".Required"); break;
                }
            }
        }
    }

    private static void ReadImplies(RuleDraft draft, YamlNode node)
    {
        Mark(draft, "Implies", node);
        if (node is not YamlSequenceNode sequence)
        {
            draft.ShapeErrors.Add(("Implies", "a list (- fact: ...)"));
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var where = $"Implies[{i}]";
            var implication = new ImplicationDraft();
            draft.Implies.Add(implication);
            Mark(draft, where, sequence.Children[i]);
            foreach (var (k, n) in Entries(draft, Mapping(draft, sequence.Children[i], where), where, ImpliesKeys))
            {
                var value = Scalar(draft, n, $"{where}.{k}");
                _ = k switch
                {
                    "fact" => implication.Fact = value,
                    "counting-back-from" => implication.CountingBackFrom = value,
                    _ => implication.CountingOnFrom = value,
                };
            }
        }
    }

    private static void ReadExamples(RuleDraft draft, YamlNode node)
    {
        Mark(draft, "Examples", node);
        if (node is not YamlSequenceNode sequence)
        {
            draft.ShapeErrors.Add(("Examples", "a list of examples (- text: ...)"));
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var where = $"Examples[{i}]";
            var example = new ExampleDraft();
            draft.Examples.Add(example);
            Mark(draft, where, sequence.Children[i]);
            foreach (var (k, n) in Entries(draft, Mapping(draft, sequence.Children[i], where), where, ExampleKeys))
            {
                var value = Scalar(draft, n, $"{where}.{char.ToUpperInvariant(k[0])}{k[1..]}");
                _ = k switch
                {
                    "text" => example.Text = value,
                    "published" => example.Published = value,
                    "value" => example.Value = value,
                    "date" => example.Date = value,
                    "key" => example.Key = value,
                    _ => example.None = value,
                };
            }
        }
    }

    private static IEnumerable<(string Key, YamlNode Node)> Entries(RuleDraft draft, YamlMappingNode? map, string where, string[] allowed)
    {
        if (map is null)
        {
            yield break;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(key))
            {
                var location = $"{where}.<{key}>";
                draft.Locations[location] = At(keyNode);
                draft.UnknownKeys.Add((location, key, allowed));
                continue;
            }

            yield return (key, valueNode);
        }
    }

    private static YamlMappingNode? Mapping(RuleDraft draft, YamlNode node, string where)
    {
        Mark(draft, where, node);
        if (node is YamlMappingNode map)
        {
            return map;
        }

        draft.ShapeErrors.Add((where, "a mapping of keys"));
        return null;
    }

    private static string? Scalar(RuleDraft draft, YamlNode node, string where)
    {
        Mark(draft, where, node);
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        draft.ShapeErrors.Add((where, "a single value"));
        return null;
    }

    private static List<string> List(RuleDraft draft, YamlNode node, string where)
    {
        Mark(draft, where, node);
        var items = new List<string>();
        if (node is not YamlSequenceNode sequence)
        {
            draft.ShapeErrors.Add((where, "a list ([a, b] or - lines)"));
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            items.Add(Scalar(draft, sequence.Children[i], $"{where}[{i}]") ?? string.Empty);
        }

        return items;
    }

    private static void Mark(RuleDraft draft, string where, YamlNode node) => draft.Locations[where] = At(node);

    private static (int, int) At(YamlNode node) => ((int)node.Start.Line, (int)node.Start.Column);
}

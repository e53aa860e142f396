using FactCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Config;

/// <summary>Reads a factcheck.yaml; every problem located at its line and column.</summary>
public static class ProjectConfigReader
{
    public const string BadConfigCode = "FC501";

    public static readonly string[] Keys = ["version", "packs", "rules", "baseline", "fail-on", "cache"];

    private static readonly string[] FailLevels = ["error", "warning", "note"];

    public static ProjectConfig? Read(string path, string text, IReadOnlyCollection<string> knownPacks, List<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(knownPacks);
        ArgumentNullException.ThrowIfNull(errors);
        void Error(YamlNode? node, string message) =>
            errors.Add(new Diagnostic(BadConfigCode, new SourceLocation(path, node is null ? 1 : (int)node.Start.Line, node is null ? 1 : (int)node.Start.Column), message));

        if (!YamlProblems.TryLoad(text, out var stream, out var problem))
        {
            errors.Add(new Diagnostic(BadConfigCode, new SourceLocation(path, problem.Line, problem.Column), $"not valid YAML: {problem.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new ProjectConfig(path, [ProjectConfig.DefaultPack], [], null, null);
        }

        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(null, $"{ProjectConfig.FileName} is one YAML mapping of keys ({string.Join(", ", Keys)})");
            return null;
        }

        var before = errors.Count;
        var packs = new List<string>();
        var folders = new List<string>();
        string? baseline = null;
        string? failOn = null;
        var cache = ProjectConfig.DefaultCache;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, node) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Keys.Contains(key))
            {
                Error(keyNode, $"unknown key '{key}'{Suggestions.DidYouMean(key, Keys)}; {Suggestions.OneOf(Keys)}");
                continue;
            }

            if (!seen.Add(key))
            {
                Error(keyNode, $"key '{key}' is given twice");
                continue;
            }

            switch (key)
            {
                case "version" when Scalar(node) is not "1":
                    Error(node, "version must be 1");
                    break;
                case "packs":
                    foreach (var item in List(node))
                    {
                        if (Scalar(item) is { } pack && knownPacks.Contains(pack))
                        {
                            packs.Add(pack);
                        }
                        else
                        {
                            Error(item, $"no built-in rule pack '{Scalar(item)}'{Suggestions.DidYouMean(Scalar(item), knownPacks)}; {Suggestions.OneOf(knownPacks)}");
                        }
                    }

                    break;
                case "rules":
                    folders.AddRange(List(node).Select(Scalar).OfType<string>());
                    break;
                case "baseline":
                    baseline = Scalar(node);
                    break;
                case "cache":
                    cache = Scalar(node) ?? cache;
                    break;
                case "fail-on":
                    failOn = Scalar(node);
                    if (failOn is null || !FailLevels.Contains(failOn))
                    {
                        Error(node, $"fail-on must be one of {string.Join(", ", FailLevels)}");
                    }

                    break;
            }
        }

        string? Scalar(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                return value;
            }

            Error(node, "expected a single value");
            return null;
        }

        IEnumerable<YamlNode> List(YamlNode node)
        {
            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children;
            }

            Error(node, "expected a list");
            return [];
        }

        // No pack named: the news pack stays on, so a config that only adds a folder never loses it.
        return errors.Count > before ? null : new ProjectConfig(path, seen.Contains("packs") ? packs : [ProjectConfig.DefaultPack], folders, baseline, failOn) { Cache = cache };
    }
}

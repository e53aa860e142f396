using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Fixtures;

/// <summary>The repository's Karabakh story pack (rules/karabakh-2020/), which the seeds and crafted fixtures are written for, loaded once.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleLoadResult> Loaded = new(() => RuleSetLoader.Load(
        Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules", "karabakh-2020"), "*.yaml")
            .Select(f => ($"rules/karabakh-2020/{Path.GetFileName(f)}", File.ReadAllBytes(f)))));

    private static readonly Lazy<RuleLoadResult> News = new(() => RuleSetLoader.Load(
        Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules", "news"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => ($"rules/news/{Path.GetFileName(f)}", File.ReadAllBytes(f)))));

    public static RuleLoadResult Result => Loaded.Value;

    /// <summary>The news pack (rules/news/), on by default for any story.</summary>
    public static RuleLoadResult NewsResult => News.Value;

    public static RuleSet Rules => Loaded.Value.Rules;
}

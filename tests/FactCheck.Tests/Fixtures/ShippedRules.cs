using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Fixtures;

/// <summary>The repository's Karabakh story pack (rules/karabakh-2020/), which the seeds and crafted fixtures are written for, loaded once.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleLoadResult> Loaded = new(() => RuleSetLoader.Load(
        Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules", "karabakh-2020"), "*.yaml")
            .Select(f => ($"rules/karabakh-2020/{Path.GetFileName(f)}", File.ReadAllBytes(f)))));

    public static RuleLoadResult Result => Loaded.Value;

    public static RuleSet Rules => Loaded.Value.Rules;
}

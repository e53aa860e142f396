using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Fixtures;

/// <summary>The repository's rules/ folder, loaded once.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleLoadResult> Loaded = new(() => RuleSetLoader.Load(
        Directory.EnumerateFiles(Path.Combine(FixtureFiles.Root, "rules"), "*.yaml")
            .Select(f => ($"rules/{Path.GetFileName(f)}", File.ReadAllBytes(f)))));

    public static RuleLoadResult Result => Loaded.Value;

    public static RuleSet Rules => Loaded.Value.Rules;
}

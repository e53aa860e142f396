using FactCheck.Cases;
using FactCheck.Diagnostics;
using FactCheck.Rules.Loading;

namespace FactCheck.Xunit;

/// <summary>The examples of a rule folder (or one rule file), each a case.</summary>
/// <param name="Errors">Rule files that did not load: their examples cannot run.</param>
internal sealed record RuleExamplesRun(IReadOnlyList<RuleExampleCase> Cases, IReadOnlyList<Diagnostic> Errors)
{
    public static RuleExamplesRun Load(string path, string start)
    {
        try
        {
            return Examples(path, start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RuleExamplesRun([], [new Diagnostic("FC002", new SourceLocation(path, 1, 1), e.Message)]);
        }
    }

    private static RuleExamplesRun Examples(string path, string start)
    {
        if (ProjectPaths.Find(path, start) is not var (root, full))
        {
            return new RuleExamplesRun([], [new Diagnostic("FC003", new SourceLocation(path, 1, 1), $"no rule file or folder '{path}' in {start} or any folder above it")]);
        }

        var files = File.Exists(full)
            ? [full]
            : Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        var (cases, errors) = RuleSetLoader.ExampleCases(files.Select(f => (ProjectPaths.Relative(root, f), File.ReadAllBytes(f))));
        return new RuleExamplesRun(cases, errors);
    }
}

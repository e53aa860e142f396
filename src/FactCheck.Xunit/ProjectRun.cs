using FactCheck.Cases;
using FactCheck.Claims;
using FactCheck.Cli.Input;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Gate;

namespace FactCheck.Xunit;

/// <summary>
/// One <c>factcheck check</c> of a folder, as the gate runs it: the <c>factcheck.yaml</c> above it
/// (packs, rule folders, baseline, fail-on), every article under it, the baseline's verdict.
/// </summary>
/// <param name="Errors">What could not be read or judged: the run's cases cannot be trusted while there is any.</param>
internal sealed record ProjectRun(IReadOnlyList<FactCase> Cases, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The same code as the CLI's: no rule matched anything, so nothing was checked.</summary>
    public const string NoClaimsCode = "FC011";

    /// <param name="start">The folder to look for a relative <paramref name="path"/> above.</param>
    public static ProjectRun Check(string path, string start)
    {
        try
        {
            return Judge(path, start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A rule folder or baseline that cannot be read: a failing case, never an error in xunit's discovery.
            return Refused(path, "FC002", e.Message);
        }
    }

    private static ProjectRun Judge(string path, string start)
    {
        if (ProjectPaths.Find(path, start) is not var (root, full))
        {
            return Refused(path, "FC003", $"no file or folder '{path}' in {start} or any folder above it");
        }

        var errors = new List<Diagnostic>();
        var config = RuleFiles.FindConfig([full], errors);
        if (errors.Count > 0)
        {
            return new ProjectRun([], errors);
        }

        var loaded = RuleFiles.Load(null, config, out _);
        if (!loaded.IsValid)
        {
            return new ProjectRun([], loaded.Errors);
        }

        Baseline baseline;
        try
        {
            baseline = config?.Baseline is { } b ? BaselineFile(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.Path))!, b)) : Baseline.Empty;
        }
        catch (FactCheckException e)
        {
            return new ProjectRun([], [new Diagnostic(e.Code, e.Location, e.Detail)]);
        }

        FindingNames.TryParseSeverity(config?.FailOn ?? "error", out var failOn);
        var search = ArticleFiles.Find([full]);
        var reader = ArticleFiles.Reader();
        var cwd = Directory.GetCurrentDirectory();
        var corpus = Corpus.Extract(
            [.. search.Files.Select(f => ProjectPaths.Relative(root, f))],
            (string p, ref byte[] buffer) => reader(ProjectPaths.Relative(cwd, Path.Combine(root, p)), ref buffer),
            new ClaimExtractor(loaded.Rules));
        // The walk names what it refuses relative to the working directory; reports name it from the root.
        errors.AddRange(search.Problems.Select(p => p with { Location = p.Location with { Path = ProjectPaths.Relative(root, p.Location.Path) } }).Concat(corpus.Errors));
        var report = ConsistencyChecker.Check(corpus.Articles, loaded.Rules);
        if (search.Files.Count == 0 && search.Problems.Count == 0)
        {
            errors.Add(new Diagnostic("FC004", new SourceLocation(path, 1, 1), "no articles (.txt or .md) found"));
        }
        else if (corpus.Articles.Count > 0 && report.Summary.Claims == 0 && report.Findings.Count == 0)
        {
            errors.Add(new Diagnostic(NoClaimsCode, new SourceLocation(path, 1, 1), $"no rule matched anything in {corpus.Articles.Count} article(s), so nothing was checked: write rules for this story (see FactCheck's rules/README.md)"));
        }

        var result = CheckGate.Judge(report, errors, new GateOptions(failOn, baseline));
        return new ProjectRun(FactCases.Of(result), errors);
    }

    private static Baseline BaselineFile(string path) =>
        File.Exists(path)
            ? Baseline.Read(DisplayPath.Of(path), File.ReadAllBytes(path))
            : throw new FactCheckException(Baseline.BadBaselineCode, new SourceLocation(DisplayPath.Of(path), 1, 1), "the baseline named in factcheck.yaml does not exist; create it with factcheck check --update-baseline");

    private static ProjectRun Refused(string path, string code, string message) =>
        new([], [new Diagnostic(code, new SourceLocation(path, 1, 1), message)]);
}

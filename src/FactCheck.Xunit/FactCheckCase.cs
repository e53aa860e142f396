using FactCheck.Cases;
using FactCheck.Diagnostics;
using Xunit.Abstractions;

namespace FactCheck.Xunit;

/// <summary>
/// One fact of the corpus as the argument of a theory (see <see cref="FactCheckDataAttribute"/>),
/// named by rule, key and title: stable across runs.
/// </summary>
public sealed class FactCheckCase : TheoryCase
{
    /// <summary>The case that stands for a run FactCheck could not judge (an unreadable article, a broken rule).</summary>
    public const string CouldNotJudge = "FactCheck could not judge";

    private FactCase? _case;
    private IReadOnlyList<Diagnostic> _errors = [];

    /// <summary>For xunit's deserializer only.</summary>
    [Obsolete("For xunit's deserializer only.")]
    public FactCheckCase()
    {
    }

    internal FactCheckCase(string path, FactCase? testCase, IReadOnlyList<Diagnostic> errors)
        : base(path, testCase?.Name ?? CouldNotJudge)
    {
        _case = testCase;
        _errors = errors;
    }

    public override bool Fails => _case?.Fails ?? true;

    /// <summary>
    /// Passes when the fact's claims agree (or every disagreement is accepted in the baseline, or below
    /// the project's fail-on level); else throws <see cref="FactCheckFailure"/> with each finding and
    /// every disputed claim's file:line:col, source and sentence. What passes but is worth reading
    /// (findings below the level, accepted ones with their justification) goes to <paramref name="output"/>.
    /// </summary>
    public void Verify(ITestOutputHelper? output = null)
    {
        if (_case is null)
        {
            throw new FactCheckFailure($"{CouldNotJudge} {AttributePath}:\n{string.Join('\n', _errors)}");
        }

        var notes = CaseText.Output(_case);
        if (notes.Length > 0)
        {
            output?.WriteLine(notes);
        }

        if (_case.Fails)
        {
            throw new FactCheckFailure(CaseText.Failure(_case));
        }
    }

    private protected override void Find()
    {
        var run = RunCache<ProjectRun>.Of(AttributePath, ProjectRun.Check);
        _case = run.Cases.FirstOrDefault(c => c.Name == Name);
        _errors = _case is null && run.Errors.Count == 0
            ? [new Diagnostic("FC000", new SourceLocation(AttributePath, 1, 1), $"no fact '{Name}' any more; run the tests again to list the current facts")]
            : run.Errors;
    }
}

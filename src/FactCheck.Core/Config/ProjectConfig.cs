namespace FactCheck.Config;

/// <summary>
/// A project's <c>factcheck.yaml</c>: which rule packs and folders its articles are checked with, and
/// the gate's defaults. Paths are as written, relative to the file's folder (the CLI resolves them),
/// so results never depend on the working directory.
/// </summary>
/// <param name="Packs">Rule packs built into FactCheck (<c>news</c>, <c>karabakh-2020</c>).</param>
/// <param name="RuleFolders">Folders of the project's own rule files.</param>
/// <param name="Baseline">The baseline file <c>check</c> uses when <c>--baseline</c> is not given.</param>
/// <param name="FailOn">The failing level when <c>--fail-on</c> is not given.</param>
public sealed record ProjectConfig(string Path, IReadOnlyList<string> Packs, IReadOnlyList<string> RuleFolders, string? Baseline, string? FailOn)
{
    public const string FileName = "factcheck.yaml";

    /// <summary>The pack used when nothing says otherwise: rules for facts that recur in any news story.</summary>
    public const string DefaultPack = "news";

    /// <summary>Where <c>check</c> keeps extraction results between runs when the file names no other folder.</summary>
    public const string DefaultCache = ".factcheck/cache";

    /// <summary>The cache folder, relative to the file's folder (key <c>cache</c>).</summary>
    public string Cache { get; init; } = DefaultCache;
}

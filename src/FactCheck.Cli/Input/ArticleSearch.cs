using FactCheck.Diagnostics;

namespace FactCheck.Cli.Input;

/// <summary>
/// What a search for articles found: the files to read (display paths, sorted, each file once), the
/// paths it refused, each a located problem, and notes on what it passed over on purpose.
/// </summary>
internal sealed record ArticleSearch(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<string> Notes);

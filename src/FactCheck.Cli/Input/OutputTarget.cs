namespace FactCheck.Cli.Input;

/// <summary>
/// Refuses a --output that names one of the run's own inputs: a report written over an article or
/// the baseline would silently destroy what the gate judges.
/// </summary>
internal static class OutputTarget
{
    /// <summary>The input the report would overwrite, in words; null when it overwrites none.</summary>
    public static string? Overwrites(string output, IReadOnlyList<string> articles, string? baseline, string? config)
    {
        var target = Canonical(output);
        return baseline is not null && Canonical(baseline) == target ? $"the baseline {DisplayPath.Of(baseline)}"
            : config is not null && Canonical(config) == target ? $"the project file {DisplayPath.Of(config)}"
            : articles.FirstOrDefault(a => Canonical(a) == target) is { } article ? $"the article {article}"
            : null;
    }

    // The file a path ends at, through a link in its last part too.
    private static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a link loop or a missing file: nothing there to overwrite
        }
    }
}

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
        var target = Which(output);
        return baseline is not null && Which(baseline).Equals(target) ? $"the baseline {DisplayPath.Of(baseline)}"
            : config is not null && Which(config).Equals(target) ? $"the project file {DisplayPath.Of(config)}"
            : articles.FirstOrDefault(a => Which(a).Equals(target)) is { } article ? $"the article {article}"
            : null;
    }

    // Which file a path is: device and inode where the kernel tells (a hard link is the same file),
    // else the full path it ends at, through a link in its last part too.
    private static object Which(string path)
    {
        if (FileStat.TryGet(path, followLinks: true, out _, out var identity, out _))
        {
            return identity;
        }

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

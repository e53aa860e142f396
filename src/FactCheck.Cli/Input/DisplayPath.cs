namespace FactCheck.Cli.Input;

/// <summary>Paths as reports print them: relative to the current directory, with forward slashes.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}

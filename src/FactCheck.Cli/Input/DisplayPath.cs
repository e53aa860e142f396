namespace FactCheck.Cli.Input;

/// <summary>Paths as reports print them: relative to the current directory, with forward slashes.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        // Only where '\' separates folders: on Unix it is a letter of the name, and replacing it would
        // report the file under a path that does not exist.
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }
}

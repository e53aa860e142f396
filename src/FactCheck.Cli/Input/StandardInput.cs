namespace FactCheck.Cli.Input;

/// <summary>Whether standard input can be read at all, asked before reading it.</summary>
internal static class StandardInput
{
    private const int CloseOnExec = 0x80000; // O_CLOEXEC

    /// <summary>
    /// True when FactCheck was started with standard input closed. The runtime then gets descriptor 0
    /// for a pipe of its own, and reading it would wait forever; such a descriptor is close-on-exec,
    /// which one inherited as standard input never is. Linux only; elsewhere false.
    /// </summary>
    public static bool WasClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var flags = File.ReadLines("/proc/self/fdinfo/0").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
        }
        catch (FileNotFoundException)
        {
            return true; // no descriptor 0 at all
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false; // cannot tell: read it as before
        }
    }
}

using System.Diagnostics;
using FactCheck.Gate;

namespace FactCheck.Cli.Input;

/// <summary>Reading and writing the baseline file, and who is accepting findings.</summary>
internal static class BaselineFile
{
    public static Baseline Read(string path) =>
        File.Exists(path)
            ? Baseline.Read(DisplayPath.Of(path), File.ReadAllBytes(path))
            : throw new FileNotFoundException($"baseline '{path}' does not exist; create it with --update-baseline");

    public static void Write(string path, Baseline baseline)
    {
        using var file = File.Create(path);
        baseline.Write(file);
        file.WriteByte((byte)'\n');
    }

    /// <summary>git's user.name, else the login name: recorded with each accepted finding.</summary>
    public static string Who()
    {
        try
        {
            var start = new ProcessStartInfo("git", "config user.name") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start);
            var name = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            if (!string.IsNullOrEmpty(name))
            {
                return name;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no git: fall back to the login name
        }

        return Environment.UserName;
    }
}

using System.Diagnostics;
using System.Text;

namespace FactCheck.Tests.Cli;

/// <summary>Runs the real <c>factcheck</c> executable, as a user's shell or CI would.</summary>
internal static class FactCheckProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string[] args, byte[]? stdin = null, string? workingDirectory = null) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "factcheck.dll"), .. args], stdin, workingDirectory);

    public static Result Run(string[] args, string stdin) => Run(args, Encoding.UTF8.GetBytes(stdin));

    /// <summary>With the terminal width a shell would export: the console report fits it.</summary>
    public static Result RunWithColumns(string[] args, int columns, string? workingDirectory = null) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "factcheck.dll"), .. args], null, workingDirectory, columns);

    /// <summary>Starts factcheck without waiting, its output drained and thrown away: for tests that stop it midway.</summary>
    public static Process Start(string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "factcheck.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a given executable (the native build) with the same redirections.</summary>
    public static Result Run(string executable, string[] args, byte[]? stdin = null, string? workingDirectory = null, int? columns = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The report's width comes from COLUMNS off a terminal: the test's own shell must not set it.
        start.Environment.Remove("COLUMNS");
        if (columns is { } c)
        {
            start.Environment["COLUMNS"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"factcheck {string.Join(' ', args)} did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

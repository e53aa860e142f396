using System.Diagnostics;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// Debian's chromium, headless, for the tests that look at the HTML report in a real browser. CI
/// installs it (<c>.ci/run</c>); where it is missing those tests fail, saying how to install it: a
/// skipped test would check nothing.
/// </summary>
internal static class Chromium
{
    public static string? Executable { get; } = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(File.Exists);

    /// <summary>The page's DOM after its scripts ran, in a window <paramref name="width"/> pixels wide.</summary>
    public static string DumpDom(string url, int width) => Run("--dump-dom", $"--window-size={width},2000", url);

    public static void Screenshot(string url, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", url);

    private static string Run(params string[] args)
    {
        var executable = Executable ?? throw new InvalidOperationException("chromium is missing: .ci/run installs it with apt-get install -y chromium");
        var profile = Directory.CreateTempSubdirectory("factcheck-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile.FullName}",
            }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium {string.Join(' ', args)} did not finish in 2 minutes");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

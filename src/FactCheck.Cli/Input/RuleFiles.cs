using System.Reflection;
using FactCheck.Config;
using FactCheck.Diagnostics;
using FactCheck.Rules.Loading;

namespace FactCheck.Cli.Input;

/// <summary>
/// Where rules come from, first match wins: --rules DIR; else the factcheck.yaml found going up from
/// the first article path (its packs and rule folders, relative to the file); else the built-in news
/// pack. Never the current directory: the same articles give the same result from anywhere.
/// Reads the files; the library does the rest.
/// </summary>
internal static class RuleFiles
{
    private const string ResourcePrefix = "rules/";

    /// <summary>The rule packs built into FactCheck, by name.</summary>
    public static IReadOnlyList<string> Packs { get; } = [.. Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..n.IndexOf('/', ResourcePrefix.Length)])
        .Distinct()
        .Order(StringComparer.Ordinal)];

    /// <param name="directory">--rules, when given.</param>
    /// <param name="config">The project configuration, when one was found.</param>
    /// <param name="origin">What was loaded, as the report header names it.</param>
    public static RuleLoadResult Load(string? directory, ProjectConfig? config, out string origin)
    {
        if (directory is not null)
        {
            origin = DisplayPath.Of(directory);
            return RuleSetLoader.Load(Folder(directory));
        }

        var packs = config?.Packs ?? [ProjectConfig.DefaultPack];
        var folders = config is null ? [] : config.RuleFolders.Select(f => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.Path))!, f)).ToList();
        origin = string.Join(", ", packs.Select(p => $"pack {p}").Concat(folders.Select(DisplayPath.Of)));
        return RuleSetLoader.Load([.. packs.SelectMany(Pack), .. folders.SelectMany(Folder)]);
    }

    /// <summary>The factcheck.yaml nearest above the first path, parsed; null when there is none.</summary>
    public static ProjectConfig? FindConfig(IReadOnlyList<string> paths, List<Diagnostic> errors)
    {
        if (paths.Count == 0)
        {
            return null;
        }

        var full = Path.GetFullPath(paths[0]);
        var dir = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ProjectConfig.FileName);
            if (File.Exists(candidate))
            {
                return ProjectConfigReader.Read(DisplayPath.Of(candidate), File.ReadAllText(candidate), [.. Packs], errors);
            }
        }

        return null;
    }

    private static IEnumerable<(string, byte[])> Folder(string directory)
    {
        if (File.Exists(directory))
        {
            return [(DisplayPath.Of(directory), File.ReadAllBytes(directory))]; // one rule file
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"--rules '{DisplayPath.Of(directory)}': no such file or folder");
        }

        return Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (DisplayPath.Of(f), File.ReadAllBytes(f)));
    }

    private static IEnumerable<(string, byte[])> Pack(string pack)
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{ResourcePrefix}{pack}/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return ("(built-in)/" + n, buffer.ToArray());
            });
    }
}

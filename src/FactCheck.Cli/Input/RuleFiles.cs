using System.Reflection;
using FactCheck.Rules.Loading;

namespace FactCheck.Cli.Input;

/// <summary>
/// Where rules come from: --rules DIR; else ./rules when it exists; else the rules shipped inside
/// FactCheck. Reads the files; the library does the rest.
/// </summary>
internal static class RuleFiles
{
    public static RuleLoadResult Load(string? directory, out string origin)
    {
        if (directory is null && Directory.Exists("rules"))
        {
            directory = "rules";
        }

        if (directory is not null)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"rules folder '{directory}' does not exist");
            }

            origin = DisplayPath.Of(directory);
            var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Select(f => (DisplayPath.Of(f), File.ReadAllBytes(f)));
            return RuleSetLoader.Load(files);
        }

        origin = "built-in";
        var assembly = Assembly.GetExecutingAssembly();
        var shipped = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return ("(built-in)/" + n, buffer.ToArray());
            });
        return RuleSetLoader.Load(shipped);
    }
}

using FactCheck.Cli.Input;
using FactCheck.Config;
using FactCheck.Diagnostics;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

/// <summary>Loading rules and finding articles, with the same errors and exit codes for every command.</summary>
internal static class Loaded
{
    /// <param name="paths">The articles' paths: the project configuration is looked for above the first.</param>
    public static bool TryRules(string? directory, IReadOnlyList<string> paths, out RuleSet rules) => TryRules(directory, paths, out rules, out _, out _);

    public static bool TryRules(string? directory, IReadOnlyList<string> paths, out RuleSet rules, out ProjectConfig? config, out string origin)
    {
        rules = new RuleSet([]);
        config = null;
        origin = string.Empty;
        try
        {
            var configErrors = new List<Diagnostic>();
            config = RuleFiles.FindConfig(paths, configErrors);
            if (ReportErrors(configErrors))
            {
                return false;
            }

            var loaded = RuleFiles.Load(directory, config, out origin);
            if (ReportErrors(loaded.Errors))
            {
                Console.Error.WriteLine($"factcheck: the rules at {origin} have problems; run 'factcheck rules validate' for all of them");
                return false;
            }

            rules = loaded.Rules;
            return true;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return false;
        }
    }

    /// <summary>The articles under the paths; notes on what was passed over are printed, problems left to the caller.</summary>
    public static ArticleSearch Articles(IReadOnlyList<string> paths)
    {
        var search = ArticleFiles.Find(paths);
        foreach (var note in search.Notes)
        {
            Console.Error.WriteLine($"factcheck: note: {note}");
        }

        return search;
    }

    /// <summary>Prints each problem as path:line:col: code: message; true when there were any.</summary>
    public static bool ReportErrors(IReadOnlyList<Diagnostic> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        return errors.Count > 0;
    }
}

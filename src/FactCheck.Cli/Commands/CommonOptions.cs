using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using FactCheck.Diagnostics;

namespace FactCheck.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "Rule file, or folder of rule files (default: the packs and folders of the factcheck.yaml above the articles, else the built-in news pack).",
    };

    public static Option<int?> Jobs() => new("--jobs")
    {
        Description = "Articles read, and facts checked, at once (default: one per core). Output is identical for any value.",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1)
            {
                return jobs;
            }

            r.AddError($"--jobs takes how many articles to read at once, a whole number from 1 up; '{text}' is not one");
            return null;
        },
    };

    /// <summary>Article paths; a word that starts with '-' is a misspelt option, never a path.</summary>
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files or folders (read recursively for .txt and .md).",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(UnknownOptions);
        return paths;
    }

    // A misspelt option is at most two edits from the right one; a short one nobody declared (-f) is
    // the first letter of the long ones it may mean (--format).
    public static string DidYouMean(string written, IReadOnlyList<string> options)
    {
        var near = Suggestions.DidYouMean(written, options);
        if (near.Length > 0 || written.Length != 2 || written[1] == '-')
        {
            return near;
        }

        var starting = options.Where(o => o.StartsWith("--" + written[1], StringComparison.Ordinal)).Select(o => $"'{o}'").ToList();
        return starting.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", starting)}?)";
    }

    private static void UnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
        {
            var options = (result.Parent as CommandResult)?.Command.Options.Select(o => o.Name).ToList() ?? [];
            var written = token.Value.Split('=', 2)[0];
            result.AddError($"unknown option '{written}'{DidYouMean(written, options)}; a path that starts with '-' is written ./{token.Value}");
        }
    }
}

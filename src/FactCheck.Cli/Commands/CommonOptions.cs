using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "Folder of rule files (default: the packs and folders of the factcheck.yaml above the articles, else the built-in news pack).",
    };

    public static Option<int?> Jobs() => new("--jobs")
    {
        Description = "Articles read, and facts checked, at once (default: one per core). Output is identical for any value.",
    };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Article files or folders (read recursively for .txt and .md).",
        Arity = ArgumentArity.OneOrMore,
    };
}

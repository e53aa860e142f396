using System.CommandLine;
using FactCheck.Config;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck init</c>: a starter factcheck.yaml and an example rule, then the next three commands.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The project folder (default: the current folder).", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Replace an existing factcheck.yaml (and the example rule)." };
        var command = new Command("init", $"""
            Writes a starter {ProjectConfig.FileName} (the news pack, and a folder of your own rules) and a
            commented example rule in {StarterProject.RulesFolder}/{StarterProject.ExampleRuleFile}, then prints the three commands to run
            next. An existing {ProjectConfig.FileName} is never replaced without --force.

            Examples:
              factcheck init
              factcheck init my-story/
            """)
        {
            folder, force,
        };
        command.SetAction(r => Run(r.GetValue(folder)!, r.GetValue(force)));
        return command;
    }

    private static int Run(string folder, bool force)
    {
        var config = Path.Combine(folder, ProjectConfig.FileName);
        var rule = Path.Combine(folder, StarterProject.RulesFolder, StarterProject.ExampleRuleFile);
        var existing = new[] { config, rule }.Where(File.Exists).ToList();
        if (existing.Count > 0 && !force)
        {
            Console.Error.WriteLine($"factcheck: {string.Join(" and ", existing.Select(Input.DisplayPath.Of))} already exist(s); nothing written (pass --force to replace)");
            return ExitCodes.CannotJudge;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(rule)!);
            File.WriteAllText(config, StarterProject.Config);
            File.WriteAllText(rule, StarterProject.ExampleRule);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"factcheck: cannot write the project: {e.Message}");
            return ExitCodes.CannotJudge;
        }

        Console.WriteLine($"wrote {Input.DisplayPath.Of(config)} and {Input.DisplayPath.Of(rule)}");
        var here = Input.DisplayPath.Of(folder) == ".";
        Console.WriteLine($"Put your articles (.txt or .md, one per file) in {Input.DisplayPath.Of(Path.Combine(folder, StarterProject.ArticlesFolder))}/, then run{(here ? string.Empty : $" in {Input.DisplayPath.Of(folder)}")}:");
        foreach (var (next, what) in StarterProject.NextCommands)
        {
            Console.WriteLine($"  {next,-48} # {what}");
        }

        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using FactCheck.Cli.Input;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck rules validate</c>: every problem in the rule files, each with file:line:col.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var validate = new Command("validate", """
            Checks every rule file: YAML, keys, values, cues that can never match, and each rule's examples.
            Exits 0 when all rules are valid, 2 otherwise.

            Examples:
              factcheck rules validate
              factcheck rules validate --rules my-rules/
            """)
        {
            rules,
        };
        validate.SetAction(result => Validate(result.GetValue(rules)));
        return new Command("rules", "Work with rule files.") { validate };
    }

    private static int Validate(string? directory)
    {
        Rules.Loading.RuleLoadResult loaded;
        string origin;
        try
        {
            // Without --rules: every built-in pack, each rule checked with its examples.
            loaded = RuleFiles.Load(directory, directory is null ? new Config.ProjectConfig("(built-in)", RuleFiles.Packs, [], null, null) : null, out origin);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return ExitCodes.CannotJudge;
        }

        foreach (var error in loaded.Errors)
        {
            Console.Error.WriteLine(error);
        }

        if (!loaded.IsValid)
        {
            Console.Error.WriteLine($"{loaded.Errors.Count} problem(s) in the rules at {origin}");
            return ExitCodes.CannotJudge;
        }

        var examples = loaded.Rules.Rules.Sum(r => r.Examples.Count);
        Console.WriteLine($"{loaded.Rules.Rules.Count} rules valid at {origin}, {examples} examples checked");
        return ExitCodes.Ok;
    }
}

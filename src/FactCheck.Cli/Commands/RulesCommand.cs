using System.CommandLine;
using FactCheck.Claims;
using FactCheck.Cli.Input;
using FactCheck.Diagnostics;
using FactCheck.Reporting;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck rules validate</c>: every problem in the rule files, each with file:line:col; <c>rules list</c> and <c>rules show ID</c>: what the rules are.</summary>
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

        var listRules = CommonOptions.Rules();
        var list = new Command("list", """
            Lists every rule (id, nature, title) and every check on single values.

            Examples:
              factcheck rules list
              factcheck rules list --rules my-rules/
            """)
        {
            listRules,
        };
        list.SetAction(result => List(result.GetValue(listRules)));

        var showRules = CommonOptions.Rules();
        var id = new Argument<string>("ID") { Description = "A rule id, as 'factcheck rules list' prints it." };
        var show = new Command("show", """
            Explains one rule: its title, what it claims and how its facts are compared, where it is
            defined, and its examples.

            Examples:
              factcheck rules show killed
              factcheck rules show weekday-mismatch
            """)
        {
            id, showRules,
        };
        show.SetAction(result => Show(result.GetValue(id)!, result.GetValue(showRules)));
        return new Command("rules", "Work with rule files.") { validate, list, show };
    }

    private static int List(string? directory)
    {
        if (!TryLoad(directory, out var loaded, out _))
        {
            return ExitCodes.CannotJudge;
        }

        RuleTextFormatter.List(Console.Out, loaded.Rules);
        return ExitCodes.Ok;
    }

    private static int Show(string id, string? directory)
    {
        if (!TryLoad(directory, out var loaded, out var origin))
        {
            return ExitCodes.CannotJudge;
        }

        if (loaded.Rules.Rules.FirstOrDefault(r => r.Id == id) is { } rule)
        {
            RuleTextFormatter.Show(Console.Out, rule);
            return ExitCodes.Ok;
        }

        if (ValueChecks.All.FirstOrDefault(c => c.Id == id) is { } check)
        {
            RuleTextFormatter.Show(Console.Out, check);
            return ExitCodes.Ok;
        }

        var ids = loaded.Rules.Rules.Select(r => r.Id).Concat(ValueChecks.All.Select(c => c.Id));
        Console.Error.WriteLine($"factcheck: no rule '{TerminalText.Field(id)}' at {origin}{Suggestions.DidYouMean(id, ids)}; 'factcheck rules list' names them all");
        return ExitCodes.CannotJudge;
    }

    // Rules from --rules, else ./rules, else every built-in pack; a rule set with problems is named, not shown.
    private static bool TryLoad(string? directory, out Rules.Loading.RuleLoadResult loaded, out string origin)
    {
        if (!TryRead(directory, out loaded, out origin))
        {
            return false;
        }

        foreach (var error in loaded.Errors)
        {
            Console.Error.WriteLine(error);
        }

        return loaded.IsValid;
    }

    private static bool TryRead(string? directory, out Rules.Loading.RuleLoadResult loaded, out string origin)
    {
        try
        {
            // Without --rules: every built-in pack, each rule checked with its examples.
            loaded = RuleFiles.Load(directory, directory is null ? new Config.ProjectConfig("(built-in)", RuleFiles.Packs, [], null, null) : null, out origin);
            return true;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            loaded = null!;
            origin = string.Empty;
            return false;
        }
    }

    private static int Validate(string? directory)
    {
        if (!TryRead(directory, out var loaded, out var origin))
        {
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

using System.CommandLine;
using FactCheck.Cli;
using FactCheck.Cli.Commands;

var root = new RootCommand("FactCheck: finds where Persian news sources disagree on numbers and dates.")
{
    ScanCommand.Create(),
    CheckCommand.Create(),
    ExtractCommand.Create(),
    RulesCommand.Create(),
    EvalCommand.Create(),
    DiscoverCommand.Create(),
    InitCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"factcheck: {error.Message}");
    }

    // Commands that take no paths leave a misspelt option unmatched: name the option meant.
    var options = parsed.CommandResult.Command.Options.Select(o => o.Name).ToList();
    foreach (var token in parsed.UnmatchedTokens.Where(t => t.StartsWith('-')))
    {
        if (CommonOptions.DidYouMean(token, options) is { Length: > 0 } hint)
        {
            Console.Error.WriteLine($"factcheck: '{token}'{hint}");
        }
    }

    Console.Error.WriteLine("Run 'factcheck --help' for usage.");
    return ExitCodes.CannotJudge;
}

try
{
    // System.CommandLine's own handler would exit 1, the code for "new findings": a crash must not look like a verdict.
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"factcheck: FactCheck could not judge: internal error while {Activity.Current} ({Extraction.Describe(e)}); please report it");
    return ExitCodes.CannotJudge;
}

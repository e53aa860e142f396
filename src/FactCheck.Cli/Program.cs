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
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"factcheck: {error.Message}");
    }

    Console.Error.WriteLine("Run 'factcheck --help' for usage.");
    return ExitCodes.CannotJudge;
}

return parsed.Invoke();

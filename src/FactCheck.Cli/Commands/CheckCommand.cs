using System.CommandLine;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Reporting;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck check</c>: where the sources disagree.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var rules = CommonOptions.Rules();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest severity that makes the exit code 1: error, warning or note.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note");
        var command = new Command("check", """
            Lines up the claims of all articles by fact and reports those that cannot all be true.
            Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 FactCheck could not judge.

            Examples:
              factcheck check fixtures/
              factcheck check articles/ --format json --fail-on warning
            """)
        {
            paths,
            rules,
            format,
            failOn,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(rules), result.GetValue(format)!, result.GetValue(failOn)!));
        return command;
    }

    private static int Run(string[] paths, string? rulesDirectory, string format, string failOn)
    {
        if (!Loaded.TryRules(rulesDirectory, out var rules) || !Loaded.TryArticles(paths, out var files))
        {
            return ExitCodes.CannotJudge;
        }

        var corpus = Corpus.Extract(files, File.ReadAllBytes, new ClaimExtractor(rules));
        var report = ConsistencyChecker.Check(corpus.Articles, rules);
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            CheckJsonFormatter.Write(stdout, report, corpus.Errors);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            CheckTextFormatter.Write(Console.Out, report);
        }

        if (Loaded.ReportErrors(corpus.Errors))
        {
            return ExitCodes.CannotJudge;
        }

        FindingNames.TryParseSeverity(failOn, out var threshold);
        return report.Findings.Any(f => f.Severity <= threshold) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

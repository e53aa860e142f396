using System.CommandLine;
using FactCheck.Claims;
using FactCheck.Reporting;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck extract</c>: the claims the rules find in each article.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var rules = CommonOptions.Rules();
        var format = new Option<string>("--format")
        {
            Description = "Output format: json, jsonl (claims as data, one a line, for 'check --claims') or text.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var command = new Command("extract", """
            Prints the claims the rules find in each article: rule, key, value, line and column,
            sentence, as-of date and speaker. An article that cannot be read is reported, never skipped;
            the exit code is then 2.

            Examples:
              factcheck extract fixtures/
              factcheck extract fixtures/seeds/004_840ad37251b4b345.txt --format text
              factcheck extract articles/ --format jsonl > claims.jsonl && factcheck check --claims claims.jsonl
            """)
        {
            paths,
            rules,
            format,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(rules), result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] paths, string? rulesDirectory, string format)
    {
        if (!Loaded.TryRules(rulesDirectory, paths, out var rules))
        {
            return ExitCodes.CannotJudge;
        }

        // What could not be searched is reported with what could not be read; the rest is still extracted.
        var search = Loaded.Articles(paths);
        var corpus = Extraction.Run(search.Files, new ClaimExtractor(rules));
        corpus = corpus with { Errors = [.. search.Problems, .. corpus.Errors] };
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    ExtractJsonFormatter.Write(stdout, corpus);
                    stdout.WriteByte((byte)'\n');
                }

                break;
            case "jsonl":
                using (var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
                {
                    ClaimLinesFormatter.Write(stdout, corpus, CheckCommand.Version(), rules.ContentHash);
                }

                break;
            case "text":
                ExtractTextFormatter.Write(Console.Out, corpus);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a declared format");
        }

        return Loaded.ReportErrors(corpus.Errors) ? ExitCodes.CannotJudge : ExitCodes.Ok;
    }
}

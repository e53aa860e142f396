using System.CommandLine;
using FactCheck.Claims;
using FactCheck.Cli.Input;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Evaluation;
using FactCheck.Reporting;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck eval</c>: scores the rules on annotated stories (a folder of articles with a gold.yaml).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var stories = new Argument<string[]>("STORY")
        {
            Description = "Story folders, each holding articles and a gold.yaml (format: fixtures/stories/README.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var quiet = new Option<bool>("--summary") { Description = "Print only each story's scores, not what was missed or wrong." };
        var command = new Command("eval", """
            Runs extraction and the consistency check on each story folder and scores them against its
            gold.yaml: claim precision and recall, finding precision and recall, as-of and attribution
            accuracy, and the must-not-flag pairs that were flagged; then lists every missed or wrong item.

            Examples:
              factcheck eval fixtures/stories/quake --rules rules/news
              factcheck eval fixtures/stories/* --summary
            """)
        {
            stories,
            rules,
            quiet,
        };
        command.SetAction(result => Run(result.GetValue(stories)!, result.GetValue(rules), result.GetValue(quiet)));
        return command;
    }

    private static int Run(string[] stories, string? rulesDirectory, bool summary)
    {
        if (!Loaded.TryRules(rulesDirectory, stories, out var rules))
        {
            return ExitCodes.CannotJudge;
        }

        var failed = false;
        foreach (var story in stories)
        {
            var goldPath = Path.Combine(story, "gold.yaml");
            if (!File.Exists(goldPath))
            {
                Console.Error.WriteLine($"factcheck: {DisplayPath.Of(story)}: no gold.yaml in this folder");
                failed = true;
                continue;
            }

            var errors = new List<Diagnostic>();
            var gold = GoldReader.Read(DisplayPath.Of(goldPath), File.ReadAllText(goldPath), errors);
            var search = Loaded.Articles([story]);
            if (gold is null || search.Problems.Count > 0)
            {
                Loaded.ReportErrors([.. errors, .. search.Problems]);
                failed = true;
                continue;
            }

            var corpus = Extraction.Run(search.Files, new ClaimExtractor(rules));
            failed |= Loaded.ReportErrors(corpus.Errors);
            var report = ConsistencyChecker.Check(corpus.Articles, rules);
            EvalTextFormatter.Write(Console.Out, Scorer.Score(gold, corpus.Articles, report), details: !summary);
        }

        return failed ? ExitCodes.CannotJudge : ExitCodes.Ok;
    }
}

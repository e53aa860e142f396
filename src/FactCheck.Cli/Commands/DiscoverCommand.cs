using System.CommandLine;
using FactCheck.Claims;
using FactCheck.Discovery;
using FactCheck.Reporting;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck discover</c>: candidate facts no rule was written for, and draft rules for them.</summary>
internal static class DiscoverCommand
{
    private sealed record Settings(string[] Paths, string? Rules, bool NoRules, string Format, string? Write, bool Force, int? Top);

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var rules = CommonOptions.Rules();
        var noRules = new Option<bool>("--no-rules") { Description = "Consider every figure and date, also those the rules already claim." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var write = new Option<string?>("--write") { Description = "Write a draft rule file for each candidate fact into this folder (each one passes 'rules validate')." };
        var force = new Option<bool>("--force") { Description = "With --write, replace draft files that already exist." };
        var top = new Option<int?>("--top") { Description = "Report (and draft) only the N best-ranked facts." };
        var command = new Command("discover", """
            Finds candidate facts with no rule written: figures grouped by what they count (the words after
            the number, spelling variants and classifiers folded) and dates by the event they belong to,
            kept when two or more sources report them, ranked by how many sources do and whether they
            disagree. Values the rules already claim are left out unless --no-rules.

            Examples:
              factcheck discover articles/
              factcheck discover articles/ --write rules/drafts
              factcheck discover articles/ --no-rules --format json
            """)
        {
            paths, rules, noRules, format, write, force, top,
        };
        command.SetAction(r => Run(new Settings(
            r.GetValue(paths)!, r.GetValue(rules), r.GetValue(noRules), r.GetValue(format)!, r.GetValue(write), r.GetValue(force), r.GetValue(top))));
        return command;
    }

    private static int Run(Settings s)
    {
        var search = Loaded.Articles(s.Paths);
        var articles = Extraction.ReadArticles(search.Files, out var errors);
        errors = [.. search.Problems, .. errors];
        if (search.Files.Count == 0 && search.Problems.Count == 0)
        {
            errors.Add(new Diagnostics.Diagnostic("FC004", new Diagnostics.SourceLocation(string.Join(' ', s.Paths), 1, 1), "no articles (.txt or .md) found"));
        }

        HashSet<(string, int)>? claimed = null;
        if (!s.NoRules)
        {
            if (!Loaded.TryRules(s.Rules, s.Paths, out var rules))
            {
                return ExitCodes.CannotJudge;
            }

            var extractor = new ClaimExtractor(rules);
            claimed = [.. articles.SelectMany(a => extractor.Extract(a).Claims).Select(c => (c.Path, c.Span.Start))];
        }

        Activity.Current = $"discovering facts in {articles.Count} article(s)";
        var facts = FactDiscoverer.Discover(articles, claimed);
        if (s.Top is { } n)
        {
            facts = [.. facts.Take(Math.Max(n, 0))];
        }

        IReadOnlyList<DraftRule>? drafts = null;
        if (s.Write is not null)
        {
            drafts = DraftRules.Draft(facts);
            if (!TryWrite(s.Write, drafts, s.Force))
            {
                return ExitCodes.CannotJudge;
            }
        }

        if (s.Format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            DiscoverJsonFormatter.Write(stdout, facts, articles.Count, drafts, s.Write);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            DiscoverTextFormatter.Write(Console.Out, facts, articles.Count, drafts, s.Write);
        }

        return Loaded.ReportErrors(errors) ? ExitCodes.CannotJudge : ExitCodes.Ok;
    }

    // Every draft or none: an existing file is never replaced without --force.
    private static bool TryWrite(string folder, IReadOnlyList<DraftRule> drafts, bool force)
    {
        try
        {
            var existing = drafts.Select(d => Path.Combine(folder, d.FileName)).Where(File.Exists).ToList();
            if (existing.Count > 0 && !force)
            {
                Console.Error.WriteLine($"factcheck: {string.Join(", ", existing)} already exist(s); pass --force to replace the drafts");
                return false;
            }

            Directory.CreateDirectory(folder);
            foreach (var draft in drafts)
            {
                File.WriteAllText(Path.Combine(folder, draft.FileName), draft.Yaml);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"factcheck: cannot write the drafts: {e.Message}");
            return false;
        }
    }
}

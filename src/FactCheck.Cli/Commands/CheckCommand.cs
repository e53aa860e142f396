using System.CommandLine;
using System.Globalization;
using System.Reflection;
using FactCheck.Claims;
using FactCheck.Cli.Input;
using FactCheck.Consistency;
using FactCheck.Diagnostics;
using FactCheck.Discovery;
using FactCheck.Gate;
using FactCheck.Reporting;
using FactCheck.Reporting.Html;
using FactCheck.Reporting.Terminal;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck check</c>: where the sources disagree; the CI gate and the console report.</summary>
internal static class CheckCommand
{
    /// <summary>No rule matched anything in any article: exit 2 rather than a silent pass.</summary>
    public const string NoClaimsCode = "FC011";

    private const string Examples = """

        Exit codes (the same for every format and with --output):
          0  no new finding at or above --fail-on
          1  new findings at or above --fail-on
          2  FactCheck could not judge: a bad option or rule file, an unreadable article,
             a missing baseline, or no claim found in any article (unless --allow-no-claims)

        Examples:
          factcheck check fixtures/
          factcheck check articles/ --baseline factcheck-baseline.json --format github
          factcheck check articles/ --baseline factcheck-baseline.json --update-baseline
          factcheck check articles/ --changed-since origin/main --format sarif --output factcheck.sarif
          factcheck check articles/ --format junit --output factcheck-junit.xml
          factcheck check articles/ --format html --output factcheck.html
          factcheck check articles/ --discover
          factcheck check --claims claims-*.jsonl --partition 2/4 --format json
        """;

    /// <summary>The output formats, each declared once: its name, and how it is made for the rules and whether to colour.</summary>
    private static readonly (string Name, Func<RuleSet, bool, IGateFormatter> Create)[] Formats =
    [
        ("text", (_, colour) => new TextGateFormatter(colour)),
        ("json", (_, _) => new JsonGateFormatter()),
        ("sarif", (rules, _) => new SarifGateFormatter(rules, Version(), new Uri(Directory.GetCurrentDirectory() + Path.DirectorySeparatorChar).AbsoluteUri)),
        ("github", (_, _) => new GithubGateFormatter()),
        ("markdown", (_, _) => new MarkdownGateFormatter()),
        ("junit", (_, _) => new JunitGateFormatter()),
        ("html", (_, _) => new HtmlGateFormatter()),
        ("csv", (_, _) => new CsvGateFormatter()),
    ];

    private sealed record Settings(
        string[] Paths, string? Rules, string Format, string? Output, string? Baseline, bool UpdateBaseline,
        bool PruneBaseline, string? ChangedSince, string? FailOn, int? Jobs, bool AllowNoClaims, bool Discover,
        bool Claims, FactPartition? Partition, bool NoCache)
    {
        public bool Quiet { get; init; }

        public bool Statistics { get; init; }
    }

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var rules = CommonOptions.Rules();
        var names = Formats.Select(f => f.Name).ToArray();
        var format = new Option<string>("--format") { Description = $"{string.Join(", ", names[..^1])} or {names[^1]}.", DefaultValueFactory = _ => names[0] };
        format.AcceptOnlyFromAmong(names);
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var baseline = new Option<string?>("--baseline") { Description = "JSON file of accepted findings: they are not reported as new." };
        var update = new Option<bool>("--update-baseline") { Description = "Accept every current finding into --baseline, write it, exit 0." };
        var prune = new Option<bool>("--prune-baseline") { Description = "Remove baseline entries that match no finding, write --baseline, and judge as usual." };
        var changed = new Option<string?>("--changed-since") { Description = "Report only findings that involve an article added or changed since this git ref (all articles are still read)." };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning or note (default: the project's factcheck.yaml, else error)." };
        failOn.AcceptOnlyFromAmong("error", "warning", "note");
        var jobs = CommonOptions.Jobs();
        var allowNoClaims = new Option<bool>("--allow-no-claims") { Description = "Exit 0 even when no rule matched anything in any article (by default that exits 2: a silent pass)." };
        var discover = new Option<bool>("--discover") { Description = "Also compare the facts 'factcheck discover' finds with no rule written, and report their disagreements as notes (never errors)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Text report: the findings only (no agreeing fact, no header, no summary line)." };
        var statistics = new Option<bool>("--statistics") { Description = "Text report: instead of the findings, how many each rule raised, by kind and severity." };
        var claims = new Option<bool>("--claims") { Description = "The paths are claims files written by 'factcheck extract --format jsonl', not articles: line them up without reading any article." };
        var partition = new Option<FactPartition?>("--partition")
        {
            Description = "I/N: check only the facts whose rule and key hash to share I of N (1 <= I <= N), so that N runs share the work.",
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
                return FactPartition.Parse(text) ?? Fail(r, $"--partition takes I/N, share I of N with 1 <= I <= N (such as 2/4); '{text}' is not one");
            },
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Extract every article again, neither reading nor writing the project's extraction cache (cache: in factcheck.yaml)." };
        var command = new Command("check", "Lines up the claims of all articles by fact and reports those that cannot all be true." + Examples)
        {
            paths, rules, format, output, baseline, update, prune, changed, failOn, jobs, allowNoClaims, discover, quiet, statistics, claims, partition, noCache,
        };
        command.SetAction(r => Run(new Settings(
            r.GetValue(paths)!, r.GetValue(rules), r.GetValue(format)!, r.GetValue(output), r.GetValue(baseline),
            r.GetValue(update), r.GetValue(prune), r.GetValue(changed), r.GetValue(failOn), r.GetValue(jobs), r.GetValue(allowNoClaims), r.GetValue(discover),
            r.GetValue(claims), r.GetValue(partition), r.GetValue(noCache))
        {
            Quiet = r.GetValue(quiet),
            Statistics = r.GetValue(statistics),
        }));
        return command;
    }

    private static int Run(Settings s)
    {
        if ((s.Quiet || s.Statistics) && s.Format != "text")
        {
            Console.Error.WriteLine($"factcheck: {(s.Quiet ? "--quiet" : "--statistics")} shapes the text report; --format {s.Format} always carries every finding");
            return ExitCodes.CannotJudge;
        }

        if (!Loaded.TryRules(s.Rules, s.Paths, out var rules, out var config, out _))
        {
            return ExitCodes.CannotJudge;
        }

        // The project's defaults, with its paths relative to its factcheck.yaml.
        s = s with
        {
            Baseline = s.Baseline ?? (config?.Baseline is { } b ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.Path))!, b) : null),
            FailOn = s.FailOn ?? config?.FailOn ?? "error",
        };
        if (s.Partition is not null && (s.UpdateBaseline || s.PruneBaseline))
        {
            // A share sees only its facts: every other share's accepted findings would look stale to it.
            Console.Error.WriteLine($"factcheck: {(s.UpdateBaseline ? "--update-baseline" : "--prune-baseline")} needs every fact: run it without --partition");
            return ExitCodes.CannotJudge;
        }

        if (s.Claims && s.Discover)
        {
            Console.Error.WriteLine("factcheck: --discover reads the articles' text, which claims files do not hold; run it over the articles");
            return ExitCodes.CannotJudge;
        }

        if ((s.UpdateBaseline || s.PruneBaseline) && s.Baseline is null)
        {
            Console.Error.WriteLine($"factcheck: {(s.UpdateBaseline ? "--update-baseline" : "--prune-baseline")} needs --baseline FILE (or baseline: in factcheck.yaml)");
            return ExitCodes.CannotJudge;
        }

        // Held from reading the baseline to writing it: two updates at once must not lose one's entries.
        using var baselineLock = s.UpdateBaseline || s.PruneBaseline ? TryLock(s.Baseline!) : null;
        if (baselineLock is null && (s.UpdateBaseline || s.PruneBaseline))
        {
            return ExitCodes.CannotJudge;
        }

        GateOptions options;
        try
        {
            FindingNames.TryParseSeverity(s.FailOn, out var threshold);
            var baseline = s.Baseline is null || (s.UpdateBaseline && !File.Exists(s.Baseline)) ? Gate.Baseline.Empty : BaselineFile.Read(s.Baseline);
            var changedPaths = s.ChangedSince is null ? null : GitChanges.Since(s.ChangedSince);
            options = new GateOptions(threshold, baseline, changedPaths, s.PruneBaseline);
        }
        catch (Exception e) when (e is IOException or FactCheckException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return ExitCodes.CannotJudge;
        }

        var timings = Timings.Start();
        timings.Lap("rules");
        var search = s.Claims ? null : Loaded.Articles(s.Paths);
        var files = search?.Files ?? s.Paths; // with --claims, the claims files are the inputs --output must not overwrite
        timings.Lap("find articles");
        if (s.Output is not null && OutputTarget.Overwrites(s.Output, files, s.Baseline, config?.Path) is { } input)
        {
            Console.Error.WriteLine($"factcheck: --output '{s.Output}' is {input}; write the report to another file");
            return ExitCodes.CannotJudge;
        }

        CorpusClaims corpus;
        int claimsRead;
        if (search is null)
        {
            var bad = new List<Diagnostic>();
            corpus = ClaimFiles.Read(s.Paths, s.Partition?.ClaimsNeeded(rules), rules.ContentHash, bad, out claimsRead);
            if (Loaded.ReportErrors(bad))
            {
                // A claims file that cannot be read whole would be a report on part of the corpus: no verdict.
                return ExitCodes.CannotJudge;
            }
        }
        else
        {
            var cache = s.NoCache ? null : Cache(config, rules);
            corpus = Extraction.Run(files, new ClaimExtractor(rules), Progress(files.Count), s.Jobs, cache is null ? null : new ClaimCacheKey(cache, rules.ContentHash!, BuildIdentity()));
            claimsRead = corpus.ClaimCount;
            cache?.Prune();
        }

        var errors = (search?.Problems ?? []).Concat(corpus.Errors).ToList();
        if (search is null ? corpus.Articles.Count == 0 && corpus.Errors.Count == 0 : files.Count == 0 && search.Problems.Count == 0)
        {
            // A gate that read nothing must not pass: the path is probably wrong.
            errors.Add(new Diagnostic("FC004", new SourceLocation(string.Join(' ', s.Paths), 1, 1), "no articles (.txt or .md) found"));
        }

        timings.Lap("extract claims");
        Activity.Current = $"lining up the claims of {corpus.Articles.Count} article(s) from {string.Join(' ', s.Paths)}";
        Activity.FaultPoint("line-up");
        var report = ConsistencyChecker.Check(corpus.Articles, rules, s.Jobs, s.Partition);
        Activity.Current = "writing the report";
        timings.Lap("line up and check");
        if (!s.AllowNoClaims && corpus.Articles.Count > 0 && claimsRead == 0 && report.Findings.Count == 0)
        {
            // Rules that know nothing of the story find nothing: that is no pass (issue 13).
            errors.Add(new Diagnostic(NoClaimsCode, new SourceLocation(string.Join(' ', s.Paths), 1, 1),
                $"no rule matched anything in {corpus.Articles.Count} article(s), so nothing was checked: write rules for this story (see rules/README.md; 'factcheck discover {string.Join(' ', s.Paths)} --write DIR' drafts them from these articles) or pass --allow-no-claims"));
        }

        if (s.Discover)
        {
            Activity.Current = $"discovering facts in {corpus.Articles.Count} article(s)";
            (report, rules) = DiscoveredCheck.Add(report, rules, Extraction.ReadArticles(files, out _), corpus.Articles, s.Jobs);
            timings.Lap("discover");
        }

        var result = CheckGate.Judge(report, errors, options);
        Loaded.ReportErrors(errors);

        try
        {
            if (s.UpdateBaseline)
            {
                // An article that could not be read has no findings now: its accepted entries are kept.
                var accepted = CheckGate.AcceptAll(report, options.Baseline, "accepted with --update-baseline", BaselineFile.Who(), DateOnly.FromDateTime(DateTime.Now), keepUnmatched: errors.Count > 0);
                BaselineFile.Write(s.Baseline!, accepted);
                Console.Error.WriteLine($"factcheck: {accepted.Entries.Count} finding(s) accepted in {s.Baseline}");
                return errors.Count > 0 ? ExitCodes.CannotJudge : ExitCodes.Ok;
            }

            if (s.PruneBaseline && result.Stale.Count > 0 && errors.Count > 0)
            {
                Console.Error.WriteLine($"factcheck: not pruning {s.Baseline}: {errors.Count} input(s) could not be read, and an entry that matches nothing may be about one of them");
            }
            else if (s.PruneBaseline && result.Stale.Count > 0)
            {
                BaselineFile.Write(s.Baseline!, CheckGate.Prune(options.Baseline, result.Stale));
                Console.Error.WriteLine($"factcheck: removed {result.Stale.Count} stale entr{(result.Stale.Count == 1 ? "y" : "ies")} from {s.Baseline}; commit the pruned file");
            }

            WriteReport(s, rules, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A report or baseline that cannot be written is a run that could not judge, not a finding.
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return ExitCodes.CannotJudge;
        }

        timings.Lap("report");
        return result.ExitCode;
    }

    private static IDisposable? TryLock(string baseline)
    {
        try
        {
            return BaselineFile.Lock(baseline);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"factcheck: cannot lock the baseline: {e.Message}");
            return null;
        }
    }

    private static void WriteReport(Settings s, RuleSet rules, GateResult result)
    {
        var toTerminal = s.Output is null && !Console.IsOutputRedirected;
        var colour = toTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;

        // The text report alone takes the terminal's width and --quiet or --statistics.
        var formatter = s.Statistics ? new StatisticsGateFormatter()
            : s.Format == "text" ? new TextGateFormatter(new TextReportOptions(colour, Width(toTerminal), s.Quiet, rules))
            : Formats.Single(f => f.Name == s.Format).Create(rules, colour);
        using var stream = s.Output is null ? Console.OpenStandardOutput() : File.Create(s.Output);
        formatter.Write(stream, result);
    }

    /// <summary>The terminal's width when writing to one; else COLUMNS, as shells export it; else the report's default.</summary>
    private static int Width(bool toTerminal)
    {
        try
        {
            if (toTerminal && Console.WindowWidth > 0)
            {
                return Console.WindowWidth;
            }
        }
        catch (IOException)
        {
            // a terminal that does not say its size: as if it were none
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns : TextReportOptions.DefaultWidth;
    }

    /// <summary>Progress on standard error, only for a person watching a long run.</summary>
    private static Action<int>? Progress(int total) =>
        Console.IsErrorRedirected || total < 500 ? null : done =>
        {
            if (done % 250 == 0 || done == total)
            {
                lock (Console.Error)
                {
                    Console.Error.Write($"\rreading articles: {done}/{total}{(done == total ? "\n" : string.Empty)}");
                }
            }
        };

    /// <summary>The project's extraction cache; none without a factcheck.yaml (nothing is written where no project is).</summary>
    private static ClaimCacheFolder? Cache(Config.ProjectConfig? config, RuleSet rules) =>
        config is null || rules.ContentHash is null ? null
            : new ClaimCacheFolder(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.Path))!, config.Cache), Version(), rules.ContentHash);

    private static FactPartition? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }

    /// <summary>
    /// The exact build, for the extraction cache: the full version (its commit included) and the engine's
    /// module id, which every compile changes, so claims extracted by other code are never served.
    /// </summary>
    private static string BuildIdentity()
    {
        var informational = Informational();
        try
        {
            return $"{informational}|{typeof(ClaimExtractor).Assembly.ManifestModule.ModuleVersionId:N}";
        }
        catch (NotSupportedException)
        {
            return informational;
        }
    }

    public static string Version() => Informational().Split('+')[0];

    private static string Informational() =>
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}

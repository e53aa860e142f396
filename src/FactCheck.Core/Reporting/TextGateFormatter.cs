using System.Globalization;
using System.Text;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;
using FactCheck.Reporting.Terminal;
using FactCheck.Values;
using Humanizer;

namespace FactCheck.Reporting;

/// <summary>
/// The console report a person reads: the rules in use, then facts grouped by rule, disputed ones
/// first, each finding with the claims it cites (sentence and who said it), each claim with its
/// source, value, as-of date and status; then problems with single values, the baseline, and one
/// summary line. Lines fit the width (<see cref="LineWrapper"/>: broken between fields, never inside a
/// date, number or path) and Persian runs are bidi-isolated, so bidi and plain terminals both keep
/// quotes, dates and numbers in order. Colour only when asked (a terminal).
/// Every field from input goes through <see cref="TerminalText"/>: it cannot break its line, colour
/// the terminal, reverse the rest of the line or pass for a workflow command.
/// </summary>
public sealed class TextGateFormatter(TextReportOptions options) : IGateFormatter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly LineWrapper _wrap = new(Math.Max(options.Width, TextReportOptions.NarrowestWidth), (text, code) => options.Colour ? $"\u001b[{code}m{text}\u001b[0m" : text);

    public TextGateFormatter(bool colour)
        : this(new TextReportOptions(colour))
    {
    }

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        void Lay(int indent, int hang, params LineWrapper.Field[] fields)
        {
            foreach (var line in _wrap.Lay(indent, hang, fields))
            {
                w.WriteLine(line);
            }
        }

        if (options.Rules is { } rules && !options.Quiet)
        {
            Lay(0, 2, new($"Rules in use ({rules.Rules.Count}):", Bold), new(string.Join(", ", rules.Rules.Select(r => Safe(r.Id))), Gap: 1));
            w.WriteLine();
        }

        var disputed = result.New.SelectMany(f => f.Disputed).ToHashSet();
        var accepted = result.Accepted.SelectMany(a => a.Finding.Disputed).ToHashSet();
        var findingsByFact = result.New.Where(f => f.Kind != FindingKind.BadValue).ToLookup(f => (f.Rule, f.Key));
        var facts = result.Report.Facts
            .OrderBy(f => findingsByFact[(f.Rule.Id, f.Key)].Any() ? 0 : 1)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Key, StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var problems = findingsByFact[(fact.Rule.Id, fact.Key)].ToList();
            if (options.Quiet && problems.Count == 0)
            {
                continue;
            }

            var mark = problems.Count > 0 ? Mark(problems.Min(f => f.Severity)) : new LineWrapper.Field("✓", Green);
            Lay(0, 2, mark, new(Safe(fact.Rule.Title.En), Bold, Gap: 1), new($"[{Safe(fact.Rule.Id)}{(fact.Key.Length == 0 ? string.Empty : " " + Safe(fact.Key))}]"));
            foreach (var finding in problems)
            {
                Lay(4, 6, Mark(finding.Severity), new($"{SeverityName(finding.Severity)}: {Safe(finding.Message)}", Gap: 1));
            }

            // A disputed fact shows the claims its findings cite, with sentence and attribution; an
            // agreeing one its first few claims in time. A finding lists a sample of its disputed
            // claims: when it left some out, an unlisted claim may be one of them, so it is not
            // called agreeing.
            var unsure = problems.Any(f => f.DisputedOmitted > 0);
            var cited = problems.SelectMany(f => f.Claims).ToHashSet();
            var shown = 0;
            var hidden = 0;
            foreach (var claim in CopyOrder.Of(fact.Claims))
            {
                var plain = !disputed.Contains(claim) && !accepted.Contains(claim);
                if (problems.Count > 0 ? !cited.Contains(claim) : plain && shown >= AgreeingShownPerFact)
                {
                    hidden++;
                    continue;
                }

                shown++;
                var status = disputed.Contains(claim) ? new LineWrapper.Field("✗ disputed", Red) : accepted.Contains(claim) ? new("~ accepted", Yellow) : unsure ? new("· unlisted", Dim) : new("✓ agrees", Green, Pad: 10);
                Lay(4, 16, status, new($"{Safe(FindingText.Value(claim))}, as of {Day(claim.AsOf)}"), new($"{Safe(claim.Path)}:{claim.Line}:{claim.Column}", Dim), new($"{Safe(claim.Source)}{Safe(OriginText.Of(claim))} «{Safe(OneLine(claim.Text))}»"));
                if (problems.Count > 0)
                {
                    Lay(16, 16, new($"«{Safe(OneLine(claim.Sentence))}»", Dim), new(Attribution(claim)));
                }
            }

            if (hidden > 0)
            {
                var what = problems.Count > 0 ? " the findings do not cite" : unsure ? string.Empty : " that agree";
                Lay(4, 6, new LineWrapper.Field($"… and {"more claim".ToQuantity(hidden, "N0", English)}{what}", Dim));
            }

            w.WriteLine();
        }

        var single = result.New.Where(f => f.Kind == FindingKind.BadValue).ToList();
        if (single.Count > 0)
        {
            w.WriteLine(Paint("Problems with single values", Bold));
            foreach (var finding in single)
            {
                var claim = finding.Claims[0];
                Lay(4, 6, Mark(finding.Severity), new($"{SeverityName(finding.Severity)}:", Gap: 1), new($"{Safe(claim.Path)}:{claim.Line}:{claim.Column}", Dim), new($"[{Safe(finding.Rule)}] {Safe(finding.Message)}"));
            }

            w.WriteLine();
        }

        if (result.Accepted.Count > 0 && !options.Quiet)
        {
            w.WriteLine($"{Paint("Accepted in the baseline", Bold)} ({result.Accepted.Count}):");
            foreach (var (finding, entry) in result.Accepted)
            {
                Lay(4, 6, new($"~ [{Safe(finding.Rule)}] {finding.Fingerprint}:"), new($"{Safe(entry.Justification)} ({Safe(entry.AcceptedBy)}, {ValueNames.Iso(entry.AcceptedOn)})"));
            }

            w.WriteLine();
        }

        foreach (var entry in result.Stale)
        {
            // Under --prune-baseline the entry has been removed from the file: said, not an error.
            var (severity, what) = result.Options.PruneBaseline && result.Errors.Count == 0 ? (Consistency.Severity.Note, "removed: it matched") : (Consistency.Severity.Warning, "matches");
            Lay(0, 2, Mark(severity), new($"{SeverityName(severity)}: baseline entry {Safe(entry.Fingerprint)} [{Safe(entry.Rule)}] {what} no finding any more: {Safe(entry.Message)}", Gap: 1));
        }

        if (!options.Quiet)
        {
            Lay(0, 2, new LineWrapper.Field(Summary(result)));
        }
    }

    /// <summary>"3 disagreements across 12 articles, 41 claims": the line a person reads first.</summary>
    public static string Summary(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var disagreements = result.New.Count(f => f.Kind != FindingKind.BadValue);
        var others = result.New.Count - disagreements;
        var s = result.Report.Summary;
        var line = $"{"disagreement".ToQuantity(disagreements, "N0", English)} across {"article".ToQuantity(s.Articles, "N0", English)}, {"claim".ToQuantity(s.Claims, "N0", English)}";
        var extras = new List<string>();
        if (others > 0)
        {
            extras.Add($"{"problem".ToQuantity(others, "N0", English)} with single values");
        }

        if (result.Accepted.Count > 0)
        {
            extras.Add($"{result.Accepted.Count.ToString(English)} accepted in the baseline");
        }

        if (result.Stale.Count > 0)
        {
            extras.Add("stale baseline entry".ToQuantity(result.Stale.Count, "N0", English));
        }

        if (s.WithoutClaims.Count > 0)
        {
            // what the rules do not cover is said, not hidden (issue 13)
            extras.Add($"{"article".ToQuantity(s.WithoutClaims.Count, "N0", English)} with no claim");
        }

        return extras.Count == 0 ? line : $"{line} ({string.Join("; ", extras)})";
    }

    /// <summary>Claims that simply agree, listed per fact before the rest are counted.</summary>
    public const int AgreeingShownPerFact = 10;

    private const string Red = "31";
    private const string Green = "32";
    private const string Yellow = "33";
    private const string Bold = "1";
    private const string Dim = "2";

    private const string Cyan = "36";

    private string Paint(string text, string code) => options.Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;

    /// <summary>Each severity its own symbol and colour, so a warning never looks like an error.</summary>
    private static LineWrapper.Field Mark(Severity severity) => severity switch
    {
        Consistency.Severity.Error => new("✗", Red),
        Consistency.Severity.Warning => new("⚠", Yellow),
        Consistency.Severity.Note => new("ℹ", Cyan),
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a severity"),
    };

    private static string SeverityName(Severity severity) => FindingNames.Of(severity);

    private static string Attribution(Claim claim) =>
        (claim.Speaker, claim.Via) switch
        {
            (null, null) => $"— {Safe(claim.Source ?? "the article")}",
            ({ } speaker, null) => $"— {Safe(speaker)}, in {Safe(claim.Source ?? "the article")}",
            (null, { } via) => $"— {Safe(claim.Source ?? "the article")}, via {Safe(via)}",
            ({ } speaker, { } via) => $"— {Safe(speaker)}, in {Safe(claim.Source ?? "the article")}, via {Safe(via)}",
        };

    private static string Safe(string? text) => TerminalText.Field(text);

    private static string Day(DateOnly? day) => day is { } d ? ValueNames.Iso(d) : "an unknown date";

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace("\r", string.Empty, StringComparison.Ordinal);
}

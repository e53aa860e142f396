using System.Globalization;
using System.Text;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Reporting.Escaping;
using FactCheck.Values;
using Humanizer;

namespace FactCheck.Reporting;

/// <summary>
/// The console report a person reads: facts grouped by rule, disputed ones first, each claim with its
/// source, value, as-of date and status; then problems with single values, the baseline, and one
/// summary line. Persian text comes last on each line, inside «», so that terminals without bidi
/// support do not interleave it with the English around it. Colour only when asked (a terminal).
/// Every field from input goes through <see cref="TerminalText"/>: it cannot break its line, colour
/// the terminal, reverse the rest of the line or pass for a workflow command.
/// </summary>
public sealed class TextGateFormatter(bool colour) : IGateFormatter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
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
            var mark = problems.Count > 0 ? Paint("✗", Red) : Paint("✓", Green);
            w.WriteLine($"{mark} {Paint(Safe(fact.Rule.Title.En), Bold)}  [{Safe(fact.Rule.Id)}{(fact.Key.Length == 0 ? string.Empty : " " + Safe(fact.Key))}]");
            foreach (var finding in problems)
            {
                w.WriteLine($"    {Severity(finding.Severity)}: {Safe(finding.Message)}");
            }

            // Every disputed or accepted claim a finding lists; of the others, the first few in time. A
            // finding lists a sample of its disputed claims: when it left some out, an unlisted claim
            // may be one of them, so it is not called agreeing.
            var unsure = problems.Any(f => f.DisputedOmitted > 0);
            var shownAgreeing = 0;
            var hidden = 0;
            foreach (var claim in fact.Claims.OrderBy(c => c.AsOf).ThenBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Span.Start))
            {
                var plain = !disputed.Contains(claim) && !accepted.Contains(claim);
                if (plain && shownAgreeing++ >= AgreeingShownPerFact)
                {
                    hidden++;
                    continue;
                }

                var status = disputed.Contains(claim) ? Paint("✗ disputed", Red) : accepted.Contains(claim) ? Paint("~ accepted", Yellow) : unsure ? Paint("· unlisted", Dim) : Paint("✓ agrees  ", Green);
                w.WriteLine($"    {status}  {Safe(FindingText.Value(claim))}, as of {Day(claim.AsOf)}  {Paint($"{Safe(claim.Path)}:{claim.Line}:{claim.Column}", Dim)}  {Safe(claim.Source)}{Safe(Carried(claim))} «{Safe(OneLine(claim.Text))}»");
            }

            if (hidden > 0)
            {
                w.WriteLine(Paint($"    … and {"more claim".ToQuantity(hidden, "N0", English)}{(unsure ? string.Empty : " that agree")}", Dim));
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
                w.WriteLine($"    {Severity(finding.Severity)}: {Paint($"{Safe(claim.Path)}:{claim.Line}:{claim.Column}", Dim)} [{Safe(finding.Rule)}] {Safe(finding.Message)}");
            }

            w.WriteLine();
        }

        if (result.Accepted.Count > 0)
        {
            w.WriteLine($"{Paint("Accepted in the baseline", Bold)} ({result.Accepted.Count}):");
            foreach (var (finding, entry) in result.Accepted)
            {
                w.WriteLine($"    ~ [{Safe(finding.Rule)}] {finding.Fingerprint}: {Safe(entry.Justification)} ({Safe(entry.AcceptedBy)}, {ValueNames.Iso(entry.AcceptedOn)})");
            }

            w.WriteLine();
        }

        foreach (var entry in result.Stale)
        {
            w.WriteLine($"{Severity(result.Options.PruneBaseline ? Consistency.Severity.Error : Consistency.Severity.Warning)}: baseline entry {Safe(entry.Fingerprint)} [{Safe(entry.Rule)}] matches no finding any more: {Safe(entry.Message)}");
        }

        w.WriteLine(Summary(result));
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

    private string Paint(string text, string code) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private string Severity(Severity severity) => severity switch
    {
        Consistency.Severity.Error => Paint("error", Red),
        Consistency.Severity.Warning => Paint("warning", Yellow),
        _ => Paint("note", Dim),
    };

    private static string Safe(string? text) => TerminalText.Field(text);

    // Next to the outlet: whose report it carries and how many copies give the figure, when it is not its own alone.
    private static string Carried(Claims.Claim claim) => claim.Origin switch
    {
        { OriginalPath: var original, Name: var name } when original != claim.Path => $" (report of {name}, {"copy".ToQuantity(claim.Copies, "N0", English)})",
        _ when claim.Copies > 1 => $" (original, {"copy".ToQuantity(claim.Copies, "N0", English)})",
        _ => string.Empty,
    };

    private static string Day(DateOnly? day) => day is { } d ? ValueNames.Iso(d) : "an unknown date";

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace("\r", string.Empty, StringComparison.Ordinal);
}

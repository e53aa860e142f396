using System.Globalization;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Gate;
using FactCheck.Values;

namespace FactCheck.Reporting.Html;

/// <summary>
/// Writes the cards of the HTML report: a fact with its findings, timeline and claims table, or a
/// value checked on its own. Numbers cards and claims once, so that links and filters agree.
/// </summary>
internal sealed class HtmlCards
{
    /// <summary>Findings of one fact listed before the rest fold away.</summary>
    public const int FindingsShown = 5;

    private readonly Dictionary<ReportedClaim, string> _anchors = [];
    private readonly Dictionary<object, HtmlCard> _cards = [];
    private readonly IReadOnlyDictionary<Finding, BaselineEntry> _entries;

    public HtmlCards(ReportedRun run, IReadOnlyDictionary<Finding, BaselineEntry> entries)
    {
        _entries = entries;
        foreach (var claim in run.Facts.SelectMany(f => f.Claims).Concat(run.SingleValues))
        {
            _anchors[claim] = $"claim-{_anchors.Count + 1}";
        }
    }

    public HtmlCard Card(ReportedFact fact) => Number(fact, $"fact-{_cards.Count + 1}", fact.Severity is { } s ? FindingNames.Of(s) : fact.Accepted.Count > 0 ? HtmlCard.Accepted : HtmlCard.Agrees, fact.Fact.Rule.Id);

    public HtmlCard Card(ReportedClaim value) => Number(value, $"value-{_cards.Count + 1}", value.Status == ClaimStatus.Accepted ? HtmlCard.Accepted : FindingNames.Of(value.Findings[0].Severity), value.Claim.Rule);

    public void WriteFact(TextWriter w, ReportedFact fact)
    {
        var card = _cards[fact];
        var rule = fact.Fact.Rule;
        w.WriteLine($"<article class=\"card fact\" id=\"{card.Id}\" data-severity=\"{card.Severity}\" data-rule=\"{HtmlText.Line(rule.Id)}\">");
        w.WriteLine($"<h3><span class=\"badge {card.Severity}\">{card.Severity}</span> {HtmlText.Line(rule.Title.En)} <bdi{HtmlText.Direction(rule.Title.Fa)}>{HtmlText.Line(rule.Title.Fa)}</bdi> <code>{HtmlText.Line(rule.Id)}{(fact.Fact.Key.Length == 0 ? string.Empty : " " + HtmlText.Line(fact.Fact.Key))}</code></h3>");
        var outlets = fact.Claims.Select(c => c.Claim.Source ?? c.Claim.Path).Distinct(StringComparer.Ordinal).Count();
        w.WriteLine(Invariant($"<p class=\"meta\">{Count(fact.Claims.Count, "claim")} from {Count(outlets, "outlet")}</p>"));
        if (fact.New.Count + fact.Accepted.Count > 0)
        {
            w.WriteLine("<ul class=\"findings\">");
            // A fact with many findings shows the first few; the rest fold away so its chart stays in view.
            var findings = fact.New.Concat(fact.Accepted).ToList();
            findings.Take(FindingsShown).ToList().ForEach(f => WriteFinding(w, f));
            w.WriteLine("</ul>");
            if (findings.Count > FindingsShown)
            {
                w.WriteLine($"<details><summary>{Count(findings.Count - FindingsShown, "more finding")}</summary><ul class=\"findings\">");
                findings.Skip(FindingsShown).ToList().ForEach(f => WriteFinding(w, f));
                w.WriteLine("</ul></details>");
            }
        }

        w.WriteLine("<figure>");
        w.WriteLine(TimelineChart.Svg(fact, _anchors));
        w.WriteLine($"<figcaption class=\"legend\">{string.Join(" ", fact.Claims.Select(c => c.Status).Distinct().Order().Select(s => $"<span class=\"{ClaimStatusNames.Of(s)}\">{Symbol(s)} {ClaimStatusNames.Of(s)}</span>"))}</figcaption>");
        w.WriteLine("</figure>");
        WriteTable(w, fact.Claims);
        w.WriteLine("</article>");
    }

    public void WriteValue(TextWriter w, ReportedClaim value)
    {
        var card = _cards[value];
        w.WriteLine($"<article class=\"card value\" id=\"{card.Id}\" data-severity=\"{card.Severity}\" data-rule=\"{HtmlText.Line(value.Claim.Rule)}\">");
        w.WriteLine($"<h3><span class=\"badge {card.Severity}\">{card.Severity}</span> A value wrong in itself <code>{HtmlText.Line(value.Claim.Rule)}</code></h3>");
        w.WriteLine("<ul class=\"findings\">");
        WriteFinding(w, value.Findings[0]);
        w.WriteLine("</ul>");
        WriteTable(w, [value]);
        w.WriteLine("</article>");
    }

    private HtmlCard Number(object item, string id, string severity, string rule)
    {
        var card = new HtmlCard(id, severity, rule);
        _cards[item] = card;
        return card;
    }

    private void WriteFinding(TextWriter w, Finding finding)
    {
        var severity = _entries.ContainsKey(finding) ? HtmlCard.Accepted : FindingNames.Of(finding.Severity);
        w.Write($"<li><span class=\"badge {severity}\">{severity}</span> <span class=\"kind\">{FindingNames.Of(finding.Kind)}</span> {HtmlText.Mixed(finding.Message)}");
        // The finding lists a sample of its claims (every claim is in the table): say what it left out.
        var omitted = new[] { (finding.DisputedOmitted, "disputed"), (finding.AgreeingOmitted, "agreeing") }.Where(o => o.Item1 > 0).Select(o => Count(o.Item1, $"more {o.Item2} claim")).ToList();
        if (omitted.Count > 0)
        {
            w.Write($" <span class=\"meta\">({string.Join(" and ", omitted)} not listed with the finding)</span>");
        }

        if (_entries.TryGetValue(finding, out var entry))
        {
            w.Write($" <span class=\"meta\">accepted by {HtmlText.Mixed(entry.AcceptedBy)} on {ValueNames.Iso(entry.AcceptedOn)}:</span> <em>{HtmlText.Mixed(entry.Justification)}</em>");
        }

        w.WriteLine($" <code class=\"meta\" title=\"fingerprint\">{finding.Fingerprint}</code></li>");
    }

    private void WriteTable(TextWriter w, IEnumerable<ReportedClaim> claims)
    {
        w.WriteLine("<div class=\"table-wrap\"><table class=\"claims\">");
        w.WriteLine("<thead><tr><th>status</th><th>value</th><th>as of</th><th>outlet</th><th>said by</th><th>sentence</th><th>article</th></tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var reported in claims)
        {
            var c = reported.Claim;
            var status = ClaimStatusNames.Of(reported.Status);
            w.Write($"<tr id=\"{_anchors[reported]}\" class=\"claim {status}\">");
            w.Write($"<td class=\"status {status}\" data-label=\"status\">{Symbol(reported.Status)} {status}</td>");
            w.Write($"<td class=\"value\" data-label=\"value\">{HtmlText.Mixed(FindingText.Value(c))}</td>");
            w.Write($"<td class=\"when\" data-label=\"as of\">{(c.AsOf is { } d ? ValueNames.Iso(d) : "unknown")}{(c.AsOfTime is { } t ? " " + t : string.Empty)}</td>");
            w.Write($"<td class=\"outlet\" data-label=\"outlet\"><bdi{HtmlText.Direction(c.Source)}>{HtmlText.Line(c.Source ?? "unknown")}</bdi>{(OriginText.Of(c) is { Length: > 0 } origin ? $" <span class=\"meta origin\">{HtmlText.Mixed(origin.Trim())}</span>" : string.Empty)}{(c.Via is { } via ? $" <span class=\"meta\">via</span> <bdi{HtmlText.Direction(via)}>{HtmlText.Line(via)}</bdi>" : string.Empty)}</td>");
            w.Write($"<td class=\"speaker\" data-label=\"said by\"{HtmlText.Direction(c.Speaker)}>{(c.Speaker is null ? "—" : HtmlText.Line(c.Speaker))}</td>");
            w.Write($"<td class=\"sentence\" data-label=\"sentence\"{HtmlText.Direction(c.Sentence)}>{Highlighted(c)}</td>");
            w.Write($"<td class=\"where\" data-label=\"article\">{Link(c.Url)}<code>{HtmlText.Line(c.Path)}:{c.Line.ToString(CultureInfo.InvariantCulture)}:{c.Column.ToString(CultureInfo.InvariantCulture)}</code></td>");
            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }

    // The value marked where it stands in its sentence (its first occurrence there).
    private static string Highlighted(Claim c)
    {
        var at = c.Text.Length == 0 ? -1 : c.Sentence.IndexOf(c.Text, StringComparison.Ordinal);
        return at < 0
            ? HtmlText.Body(c.Sentence)
            : $"{HtmlText.Body(c.Sentence[..at])}<mark>{HtmlText.Body(c.Text)}</mark>{HtmlText.Body(c.Sentence[(at + c.Text.Length)..])}";
    }

    // Only an absolute http(s) address is a link: the front matter's validation says so too, and no
    // javascript: or data: address can reach the page.
    private static string Link(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{HtmlText.Line(url)}\" rel=\"noopener noreferrer\" target=\"_blank\">article</a>"
            : string.Empty;

    private static string Symbol(ClaimStatus status) => status switch
    {
        ClaimStatus.Disputed => "✗",
        ClaimStatus.Accepted => "◆",
        ClaimStatus.Unlisted => "○",
        ClaimStatus.Agrees or ClaimStatus.Uncompared => "●",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a claim status without its symbol"),
    };

    private static string Count(int n, string noun) => Invariant($"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

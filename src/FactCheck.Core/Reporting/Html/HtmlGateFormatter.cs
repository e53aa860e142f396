using System.Globalization;
using System.Text;
using FactCheck.Gate;

namespace FactCheck.Reporting.Html;

/// <summary>
/// <c>check --format html</c>: one self-contained page for a fact-checker. Findings first (the facts
/// they are about, then the values wrong in themselves), then what the baseline accepts, then the
/// facts whose sources agree. Each fact has a timeline of its figure by as-of date (one mark per
/// claim, see <see cref="TimelineChart"/>) and a table of every claim: status, value, as-of, outlet,
/// who said it, the sentence with the value marked, a link to the article's <c>url</c> and
/// file:line:col. Checkboxes filter by severity and rule. Style and script are inline and a
/// Content-Security-Policy forbids every fetch, so the page works offline and sends nothing anywhere.
/// English around Persian: every field from input is isolated in its own direction (Persian ones
/// <c>dir="rtl" lang="fa"</c>), neutralized and escaped by <see cref="HtmlText"/>.
/// </summary>
public sealed class HtmlGateFormatter : IGateFormatter
{
    public void Write(Stream output, GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var run = ReportedRun.Of(result);
        var page = new HtmlCards(run, result.Accepted.ToDictionary(a => a.Finding, a => a.Entry));
        var findings = run.Facts.Where(f => f.New.Count > 0).ToList();
        var accepted = run.Facts.Where(f => f.New.Count == 0 && f.Accepted.Count > 0).ToList();
        var agreeing = run.Facts.Where(f => f.New.Count == 0 && f.Accepted.Count == 0).ToList();
        var badValues = run.SingleValues.Where(c => c.Status == ClaimStatus.Disputed).ToList();
        var acceptedValues = run.SingleValues.Where(c => c.Status == ClaimStatus.Accepted).ToList();

        // Cards are numbered in the order they are written; the filters count them before.
        var cards = findings.Select(page.Card).Concat(badValues.Select(page.Card))
            .Concat(accepted.Select(page.Card)).Concat(acceptedValues.Select(page.Card))
            .Concat(agreeing.Select(page.Card)).ToList();

        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\" dir=\"ltr\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlText.Line(HtmlAssets.ContentSecurityPolicy)}\">");
        w.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        w.WriteLine("<title>FactCheck report</title>");
        w.WriteLine($"<style>{HtmlAssets.Style}</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<header>");
        w.WriteLine("<h1>FactCheck</h1>");
        w.WriteLine($"<p class=\"summary\">{HtmlText.Line(TextGateFormatter.Summary(result))}</p>");
        WriteFilters(w, cards);
        w.WriteLine("</header>");
        w.WriteLine("<main>");
        WriteErrors(w, result);

        w.WriteLine($"<h2>Findings ({findings.Count + badValues.Count})</h2>");
        if (findings.Count + badValues.Count == 0)
        {
            w.WriteLine("<p>No new finding.</p>");
        }

        findings.ForEach(f => page.WriteFact(w, f));
        badValues.ForEach(c => page.WriteValue(w, c));
        if (accepted.Count + acceptedValues.Count > 0)
        {
            w.WriteLine($"<h2>Accepted in the baseline ({result.Accepted.Count})</h2>");
            accepted.ForEach(f => page.WriteFact(w, f));
            acceptedValues.ForEach(c => page.WriteValue(w, c));
        }

        w.WriteLine($"<h2>Agreeing facts ({agreeing.Count})</h2>");
        agreeing.ForEach(f => page.WriteFact(w, f));
        WriteStale(w, result);
        w.WriteLine("</main>");
        w.WriteLine("<output id=\"self-check\" hidden></output>");
        w.WriteLine($"<script>{HtmlAssets.Script}</script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteFilters(StreamWriter w, IReadOnlyList<HtmlCard> cards)
    {
        w.WriteLine("<form class=\"filters\" aria-label=\"Filters\">");
        foreach (var (name, values) in new[] { ("severity", HtmlCard.Severities), ("rule", cards.Select(c => c.Rule).Distinct().Order(StringComparer.Ordinal).ToArray()) })
        {
            w.WriteLine($"<fieldset><legend>{name}</legend>");
            foreach (var value in values)
            {
                var n = cards.Count(c => (name == "severity" ? c.Severity : c.Rule) == value);
                if (n > 0)
                {
                    w.WriteLine(Invariant($"<label><input type=\"checkbox\" data-filter=\"{name}\" value=\"{HtmlText.Line(value)}\" checked> {HtmlText.Line(value)} ({n})</label>"));
                }
            }

            w.WriteLine("</fieldset>");
        }

        w.WriteLine("<span class=\"shown\" id=\"shown\"></span>");
        w.WriteLine("</form>");
    }

    private static void WriteErrors(StreamWriter w, GateResult result)
    {
        if (result.Errors.Count == 0)
        {
            return;
        }

        w.WriteLine($"<section class=\"card problems\"><h2>Could not judge ({result.Errors.Count})</h2><ul class=\"findings\">");
        foreach (var e in result.Errors)
        {
            w.WriteLine(Invariant($"<li><code>{HtmlText.Line(e.Location.Path)}:{e.Location.Line}:{e.Location.Column}</code> {HtmlText.Line(e.Code)}: <span{HtmlText.Direction(e.Message)}>{HtmlText.Line(e.Message)}</span></li>"));
        }

        w.WriteLine("</ul></section>");
    }

    private static void WriteStale(StreamWriter w, GateResult result)
    {
        if (result.Stale.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h2>Stale baseline entries ({result.Stale.Count})</h2><ul class=\"findings\">");
        foreach (var entry in result.Stale)
        {
            w.WriteLine($"<li><code>{HtmlText.Line(entry.Fingerprint)}</code> <code>{HtmlText.Line(entry.Rule)}</code> matches no finding any more: {HtmlText.Mixed(entry.Message)}</li>");
        }

        w.WriteLine("</ul>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using FactCheck.Consistency;

namespace FactCheck.Reporting.Html;

/// <summary>
/// A fact's figure by as-of date, as inline SVG: one mark per claim (its shape and class say its
/// status; a disputed claim is a cross), a bar for the interval the text can honestly mean (dashed
/// where it is open), each mark a link to its row in the claims table. Written here rather than by a
/// charting library: nothing to bundle, no script needed to draw it, and the same claims give the
/// same bytes. Claims with no as-of day stand in a column of their own at the right; values not on
/// the fact's axis (a date in a fact of amounts) in a band at the top: every claim has its mark.
/// </summary>
internal static class TimelineChart
{
    public const int Width = 640;
    public const int Height = 240;
    private const int Left = 100;
    private const int Right = 16;
    private const int Top = 24;
    private const int Bottom = 44;
    private const int UndatedColumn = 64;
    private const int OffAxisBand = 28;
    private const double MarkSpacing = 9;

    public static string Svg(ReportedFact fact, IReadOnlyDictionary<ReportedClaim, string> anchors)
    {
        var claims = fact.Claims;
        var positions = claims.Select(c => ChartPosition.Of(c.Claim.Value)).ToList();
        var axis = positions.OfType<ChartPosition>().GroupBy(p => p.Axis).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        bool OnAxis(int i) => positions[i] is { } p && p.Axis == axis;
        var offAxis = Enumerable.Range(0, claims.Count).Any(i => !OnAxis(i));
        var undated = claims.Any(c => c.Claim.AsOf is null);

        // Horizontal: as-of days, and the time of day when the text gives one (else midday).
        double? When(ReportedClaim c) => c.Claim.AsOf is { } d ? d.DayNumber + (c.Claim.AsOfTime is { } t ? (t.FromMinute + t.ToMinute) / 2.0 / 1440 : 0.5) : null;
        var plotRight = Width - Right - (undated ? UndatedColumn : 0);
        var plotTop = Top + (offAxis ? OffAxisBand : 0);
        var plotBottom = Height - Bottom;
        var moments = claims.Select(When).OfType<double>().ToList();
        var time = moments.Count == 0 ? null : new TimeAxis(moments, Left + 8, plotRight - 8);

        // Vertical: the values, with every bounded end of their intervals in view.
        var ends = Enumerable.Range(0, claims.Count).Where(OnAxis)
            .SelectMany(i => new[] { positions[i]!.Value.Mid, positions[i]!.Value.Low ?? positions[i]!.Value.Mid, positions[i]!.Value.High ?? positions[i]!.Value.Mid })
            .ToList();
        var (lo, hi) = ends.Count == 0 ? (0.0, 1.0) : Padded(ends.Min(), ends.Max(), axis == ChartAxis.Day ? 3 : Math.Max(Math.Abs(ends.Max()) * 0.1, 1));
        var yTicks = ChartTicks.For(axis, lo, hi);
        if (yTicks[0].Value < 0 && ends.Count > 0 && ends.Min() >= 0)
        {
            yTicks = [(0, "0"), .. yTicks.Where(t => t.Value > 0)]; // a count never goes below zero
        }

        var (y0, y1) = (yTicks[0].Value, yTicks[^1].Value);
        double Y(double value) => plotBottom - ((value - y0) / (y1 - y0) * (plotBottom - plotTop));

        var title = HtmlText.Line($"{fact.Fact.Rule.Title.En}: {claims.Count} claim(s), {claims.Count(c => c.Status == ClaimStatus.Disputed)} disputed, by as-of date");
        var svg = new StringBuilder(1024 + (claims.Count * 300));
        svg.Append(Invariant($"<svg class=\"timeline\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{title}\">"));
        svg.Append("<g class=\"grid\">");
        foreach (var (t, label) in yTicks)
        {
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{F(Y(t))}\" x2=\"{plotRight}\" y2=\"{F(Y(t))}\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{F(Y(t) + 4)}\" text-anchor=\"end\">{label}</text>"));
        }

        var (year, labelled, width) = (0, double.NegativeInfinity, 0);
        foreach (var (x, day) in time?.Ticks() ?? [])
        {
            svg.Append(Invariant($"<line x1=\"{F(x)}\" y1=\"{plotTop}\" x2=\"{F(x)}\" y2=\"{plotBottom}\"/>"));
            var date = DateOnly.FromDayNumber((int)day);
            var label = date.Year == year ? date.ToString("MM-dd", CultureInfo.InvariantCulture) : Values.ValueNames.Iso(date);
            if (x - labelled >= ((width + label.Length) * 3.6) + 8)
            {
                // the year once, then month and day while it stays the same; a label that would touch the last is left out
                svg.Append(Invariant($"<text x=\"{F(x)}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{label}</text>"));
                (year, labelled, width) = (date.Year, x, label.Length);
            }
        }

        foreach (var x in time?.Breaks ?? [])
        {
            // a cut in time: a zigzag across the axis
            svg.Append(Invariant($"<path class=\"cut\" d=\"M{F(x - 5)} {plotBottom + 5}L{F(x - 1)} {plotBottom - 5}M{F(x + 1)} {plotBottom + 5}L{F(x + 5)} {plotBottom - 5}\"/>"));
        }

        svg.Append("</g><g class=\"axis\">");
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{plotRight}\" y2=\"{plotBottom}\"/>"));
        svg.Append(Invariant($"<text x=\"{F((Left + plotRight) / 2.0)}\" y=\"{Height - 6}\" text-anchor=\"middle\">as of</text>"));
        if (AxisName(axis, claims) is { } name)
        {
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"14\" text-anchor=\"end\">{HtmlText.Line(name)}</text>"));
        }

        if (undated)
        {
            svg.Append(Invariant($"<text x=\"{Width - Right - (UndatedColumn / 2)}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">no date</text>"));
        }

        if (offAxis)
        {
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Top + 16}\" text-anchor=\"end\">off scale</text>"));
        }

        svg.Append("</g><g class=\"marks\">");
        var taken = new Dictionary<(int, int), int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var x = When(c) is { } day ? time!.X(day) : Width - Right - (UndatedColumn / 2.0);
            var p = OnAxis(i) ? positions[i] : null;
            var y = p is { } q ? Y(q.Mid) : Top + (OffAxisBand / 2.0);

            // Marks on one spot spread sideways, alternately right and left, so that each stays visible.
            var spot = ((int)Math.Round(x), (int)Math.Round(y));
            var n = taken.GetValueOrDefault(spot);
            taken[spot] = n + 1;
            x += (n % 2 == 1 ? 1 : -1) * Math.Ceiling(n / 2.0) * MarkSpacing;

            var status = ClaimStatusNames.Of(c.Status);
            var tip = HtmlText.Line($"{c.Claim.Source ?? c.Claim.Path}: {FindingText.Value(c.Claim)}, as of {(c.Claim.AsOf is { } a ? Values.ValueNames.Iso(a) : "an unknown date")} ({status})");
            svg.Append(Invariant($"<a class=\"mark {status}\" href=\"#{anchors[c]}\"><title>{tip}</title>"));
            if (p is { } r && (r.Low != r.Mid || r.High != r.Mid))
            {
                var top = r.High is { } h ? Y(h) : plotTop;
                var bottom = r.Low is { } l ? Y(l) : plotBottom;
                var open = r.High is null || r.Low is null ? " open" : string.Empty;
                svg.Append(Invariant($"<line class=\"range{open}\" x1=\"{F(x)}\" y1=\"{F(Math.Max(top, plotTop))}\" x2=\"{F(x)}\" y2=\"{F(Math.Min(bottom, plotBottom))}\"/>"));
            }

            svg.Append(Shape(c.Status, x, y));
            svg.Append("</a>");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    // A disputed claim is a cross, an accepted one a diamond: told apart without colour too.
    private static string Shape(ClaimStatus status, double x, double y) => status switch
    {
        ClaimStatus.Disputed => Invariant($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"7\"/><path d=\"M{F(x - 4)} {F(y - 4)}L{F(x + 4)} {F(y + 4)}M{F(x - 4)} {F(y + 4)}L{F(x + 4)} {F(y - 4)}\"/>"),
        ClaimStatus.Accepted => Invariant($"<path d=\"M{F(x)} {F(y - 7)}L{F(x + 7)} {F(y)}L{F(x)} {F(y + 7)}L{F(x - 7)} {F(y)}Z\"/>"),
        ClaimStatus.Unlisted or ClaimStatus.Agrees or ClaimStatus.Uncompared => Invariant($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\"/>"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a claim status without its mark"),
    };

    // An amount's axis is named by the unit most of its claims carry (people, t, USD).
    private static string? AxisName(ChartAxis axis, IEnumerable<ReportedClaim> claims) => axis switch
    {
        ChartAxis.Amount => claims.Select(c => c.Claim.Value).OfType<Values.Quantity>().GroupBy(q => q.Unit?.Code ?? "count")
            .OrderByDescending(g => g.Count()).Select(g => g.Key == "person" ? "people" : g.Key).FirstOrDefault(),
        ChartAxis.Days => "days",
        ChartAxis.Day or ChartAxis.Clock => null,
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "an axis without its name"),
    };

    // A domain of one point gets room on both sides.
    private static (double Low, double High) Padded(double low, double high, double pad) =>
        high > low ? (low, high) : (low - pad, high + pad);

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

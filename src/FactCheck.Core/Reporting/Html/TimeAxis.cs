namespace FactCheck.Reporting.Html;

/// <summary>
/// The horizontal axis of a timeline: as-of moments (day numbers, the time of day as a fraction) to
/// x. A story is reported in bursts (the first hours, a follow-up weeks later, an anniversary), so an
/// empty stretch longer than <see cref="GapDays"/> is cut out and marked, and each burst gets room
/// in proportion to its length, never less than <see cref="MinimumWidth"/>: the hours in which a
/// toll climbs stay readable beside a retrospective a year later.
/// </summary>
internal sealed class TimeAxis
{
    public const double GapDays = 7;
    public const double MinimumWidth = 84;
    public const double BreakWidth = 16;
    private const double LabelWidth = 84;

    private readonly List<Segment> _segments = [];

    /// <param name="moments">The as-of moments to place; at least one.</param>
    public TimeAxis(IEnumerable<double> moments, double left, double right)
    {
        var sorted = moments.Order().ToList();
        var bursts = new List<(double From, double To)>();
        foreach (var m in sorted)
        {
            if (bursts.Count > 0 && m - bursts[^1].To <= GapDays)
            {
                bursts[^1] = (bursts[^1].From, m);
            }
            else
            {
                bursts.Add((m, m));
            }
        }

        // Whole days, so that a day's claims and its label share its slot.
        var days = bursts.Select(b => (From: Math.Floor(b.From), To: Math.Floor(b.To) + 1)).ToList();
        var room = right - left - (BreakWidth * (days.Count - 1));
        var minimum = Math.Min(MinimumWidth, room / days.Count);
        var total = days.Sum(d => d.To - d.From);
        var x = left;
        foreach (var (from, to) in days)
        {
            var width = minimum + ((room - (minimum * days.Count)) * (to - from) / total);
            _segments.Add(new Segment(from, to, x, x + width));
            x += width + BreakWidth;
        }
    }

    /// <summary>Where the cuts are: the x between two bursts.</summary>
    public IEnumerable<double> Breaks => _segments.Skip(1).Select(s => s.X0 - (BreakWidth / 2));

    public double X(double moment)
    {
        var s = _segments.Find(s => moment < s.To) ?? _segments[^1];
        return s.X0 + ((Math.Clamp(moment, s.From, s.To) - s.From) / (s.To - s.From) * (s.X1 - s.X0));
    }

    /// <summary>Labelled days: as many round days in each burst as fit under it, each at its middle.</summary>
    public IEnumerable<(double X, double Day)> Ticks()
    {
        foreach (var s in _segments)
        {
            var fit = Math.Max(1, (int)((s.X1 - s.X0) / LabelWidth));
            var step = ChartTicks.DayStep((s.To - s.From) / fit);
            for (var day = Math.Ceiling(s.From / step) * step; day < s.To; day += step)
            {
                yield return (X(day + 0.5), day);
            }

            if (Math.Ceiling(s.From / step) * step >= s.To)
            {
                yield return (X(s.From + 0.5), s.From); // a short burst still names its first day
            }
        }
    }

    private sealed record Segment(double From, double To, double X0, double X1);
}

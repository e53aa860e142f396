using FactCheck.Rules;
using FactCheck.Values;

namespace FactCheck.Discovery;

/// <summary>
/// Guesses how a discovered fact behaves over time: a figure that grows with the publication date is
/// a running total (<see cref="FactNature.Cumulative"/>); anything else, and every date, is one value
/// forever (<see cref="FactNature.Event"/>). Read from the reports in publication order: more steps
/// up than down, between reports published at different times, makes it a running total (n log n).
/// Only amounts of something can run up: a reading (a magnitude, a depth, a share) is an event.
/// </summary>
internal static class NatureGuess
{
    public static FactNature Guess(IReadOnlyList<Sighting> sightings)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        if (sightings.Any(s => s.Value is Quantity { Unit.Dimension: Dimension.Magnitude or Dimension.Length or Dimension.Ratio }))
        {
            return FactNature.Event;
        }

        var figures = sightings
            .Where(s => s.Value is Quantity { Nominal: not null } && When(s) is not null)
            .Select(s => (When: When(s)!.Value, Figure: ((Quantity)s.Value).Nominal!.Value))
            .OrderBy(s => s.When)
            .ToList();
        int ups = 0, downs = 0;
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].When > figures[i - 1].When)
            {
                ups += figures[i].Figure > figures[i - 1].Figure ? 1 : 0;
                downs += figures[i].Figure < figures[i - 1].Figure ? 1 : 0;
            }
        }

        return ups > downs ? FactNature.Cumulative : FactNature.Event;
    }

    private static DateTimeOffset? When(Sighting s) =>
        s.PublishedAt ?? (s.Published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
}

using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>
/// Claims of one fact as voices: the claims of one report's copies that give the same value as of the
/// same moment are one voice, the earliest article's claim, so a wire figure and its ten copies weigh as one source
/// against two that checked. The checks weigh <see cref="Voices"/>; a conflict found among them is
/// given back its copies (<see cref="WithCopies"/>), so every copy of a disputed figure is disputed.
/// </summary>
internal sealed class OriginVotes
{
    private readonly Dictionary<Claim, List<Claim>> _copies = [];

    public OriginVotes(IReadOnlyList<Claim> claims)
    {
        // The earliest article of each report giving each value speaks for it.
        var speaker = new Dictionary<(int Group, (Values.Value, string?) Value, DateOnly? AsOf, ClockRange? Time), (DateOnly? Published, string Path)>();
        foreach (var claim in claims)
        {
            if (Key(claim) is { } key && (!speaker.TryGetValue(key, out var best) || Earlier(claim, best)))
            {
                speaker[key] = (claim.Published, claim.Path);
            }
        }

        var voiceOf = new Dictionary<(int, (Values.Value, string?), DateOnly?, ClockRange?), Claim>();
        var voices = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            if (Key(claim) is not { } key || speaker[key].Path == claim.Path)
            {
                voices.Add(claim);
                if (Key(claim) is { } k)
                {
                    voiceOf.TryAdd(k, claim);
                }
            }
        }

        foreach (var claim in claims)
        {
            if (Key(claim) is { } key && speaker[key].Path != claim.Path)
            {
                var voice = voiceOf[key];
                if (!_copies.TryGetValue(voice, out var list))
                {
                    _copies[voice] = list = [];
                }

                list.Add(claim);
            }
        }

        Voices = voices;
    }

    /// <summary>One claim per report and value (all claims when no article was copied).</summary>
    public IReadOnlyList<Claim> Voices { get; }

    /// <summary>Whether any claim was folded into another's voice.</summary>
    public bool AnyCopies => _copies.Count > 0;

    /// <summary>The conflict with each voice's copies on its side.</summary>
    public Conflict WithCopies(Conflict conflict)
    {
        if (!AnyCopies)
        {
            return conflict;
        }

        var agreeing = Expand(conflict.Agreeing);
        var dissenting = Expand(conflict.Dissenting);
        return conflict with
        {
            Agreeing = agreeing,
            Dissenting = dissenting,
            AgreeingSummary = agreeing.Count == conflict.Agreeing.Count ? conflict.AgreeingSummary : null,
        };
    }

    /// <summary>
    /// A conflict whose disputed side is copies of one report that the other side also carries, none
    /// of them the original: a copy changed the figure when republishing. In a tie, the side of the
    /// original (or of more copies) is the report, the other the change.
    /// </summary>
    public static Conflict? AlteredCopy(Conflict conflict)
    {
        if (ChangedCopies(conflict.Dissenting, conflict.Agreeing))
        {
            return conflict with { Kind = FindingKind.AlteredCopy, Tie = false };
        }

        return conflict.Tie && ChangedCopies(conflict.Agreeing, conflict.Dissenting)
            ? new Conflict(FindingKind.AlteredCopy, conflict.Dissenting, conflict.Agreeing) { AgreedPoint = conflict.AgreedPoint }
            : null;
    }

    private static bool ChangedCopies(IReadOnlyList<Claim> changed, IReadOnlyList<Claim> other)
    {
        if (changed.Count == 0 || changed[0].Origin is not { Articles: > 1 } origin)
        {
            return false;
        }

        return changed.All(c => c.Origin?.Group == origin.Group && c.Path != origin.OriginalPath)
            && other.Any(c => c.Origin?.Group == origin.Group);
    }

    private List<Claim> Expand(IReadOnlyList<Claim> side)
    {
        var all = new List<Claim>(side.Count);
        foreach (var claim in side)
        {
            all.Add(claim);
            if (_copies.TryGetValue(claim, out var copies))
            {
                all.AddRange(copies);
            }
        }

        return all;
    }

    // A copy is one voice with its report for the moment the report speaks of: republished days later
    // with no as-of of its own, it says the figure still held then, which is a claim of its own.
    private static (int, (Values.Value, string?), DateOnly?, ClockRange?)? Key(Claim claim) =>
        claim.Origin is { Articles: > 1 } origin && claim.Derivation is null ? (origin.Group, SideSummary.ValueKey(claim), claim.AsOf, claim.AsOfTime) : null;

    private static bool Earlier(Claim claim, (DateOnly? Published, string Path) than) =>
        claim.Published != than.Published
            ? (claim.Published ?? DateOnly.MaxValue) < (than.Published ?? DateOnly.MaxValue)
            : string.CompareOrdinal(claim.Path, than.Path) < 0;
}

namespace FactCheck.Evaluation;

/// <summary>
/// A story's gold annotation, written by a person before the tool ran on it: every claim the rules
/// should find, the disagreements planted in it, and the pairs that look like conflicts but are not.
/// The format is documented in fixtures/stories/README.md.
/// </summary>
public sealed record Gold(
    string Story,
    IReadOnlySet<string> Facts,
    IReadOnlyList<GoldClaim> Claims,
    IReadOnlyList<GoldFinding> Findings,
    IReadOnlyList<GoldPair> MustNotFlag)
{
    /// <summary>Which articles carry another's report; null when the gold does not say (then grouping is not scored).</summary>
    public IReadOnlyList<GoldCopies>? Copies { get; init; }
}

/// <summary>An article and the articles that republish its report (copies, mirrors, chains naming it).</summary>
public sealed record GoldCopies(string Original, IReadOnlyList<string> Copies, string Why);

/// <summary>One figure or date an article states about a covered fact.</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Value">The nominal amount in the canonical unit; null for a date.</param>
/// <param name="Date">The first day of a date; null for an amount.</param>
/// <param name="AsOf">When the figure was counted: a day, with a time when the gold gives one.</param>
/// <param name="Attribution">Who the figure is credited to, as written; null when the outlet states it.</param>
public sealed record GoldClaim(
    string Article,
    int Line,
    string Fact,
    decimal? Value,
    DateOnly? Date,
    DateTimeOffset? AsOf,
    bool AsOfHasTime,
    string? Attribution,
    string? Event,
    string? Place);

/// <summary>A planted disagreement: the articles whose claims are wrong, and those they contradict.</summary>
public sealed record GoldFinding(string Fact, IReadOnlyList<string> Disputed, IReadOnlyList<string> Against, string Why);

/// <summary>Two articles whose claims of a fact look like a conflict and are not.</summary>
public sealed record GoldPair(string Fact, IReadOnlyList<string> Articles, string Why);

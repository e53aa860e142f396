using FactCheck.Discovery;

namespace FactCheck.Evaluation;

/// <summary>
/// How <c>discover</c> did on a story with no rules at all: the rank of each main fact (a fact the
/// gold plants a disagreement in; null when no candidate is about it), and how many planted
/// disagreements its drafts, loaded unedited, raise.
/// </summary>
/// <param name="Facts">The candidates, each with the gold fact most of its figures are claims of (null: none).</param>
internal sealed record DiscoveryScore(
    string Story,
    IReadOnlyList<(CandidateFact Fact, string? GoldFact)> Facts,
    IReadOnlyDictionary<string, int?> MainFactRanks,
    int Drafts,
    int Planted,
    int PlantedCaught,
    IReadOnlyList<GoldFinding> Missed);

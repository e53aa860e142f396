using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Evaluation;

/// <summary>
/// How a run did against a story's gold: claims found and missed, findings true and false. The
/// lists say exactly what went wrong, so a rule author can act on them.
/// </summary>
public sealed record EvalScore(
    string Story,
    int ClaimsExpected,
    int ClaimsFound,
    int ClaimsMatched,
    int AsOfChecked,
    int AsOfRight,
    int AttributionChecked,
    int AttributionRight,
    int FindingsReported,
    int FindingsTrue,
    int Planted,
    int PlantedFound,
    IReadOnlyList<GoldClaim> MissedClaims,
    IReadOnlyList<Claim> ExtraClaims,
    IReadOnlyList<(Claim Claim, GoldClaim Gold)> WrongAsOf,
    IReadOnlyList<Finding> FalseFindings,
    IReadOnlyList<GoldFinding> MissedFindings,
    IReadOnlyList<(Finding Finding, GoldPair Pair)> MustNotFlagViolations,
    IReadOnlyList<(Claim Claim, GoldClaim Gold)> WrongAttribution)
{
    /// <summary>Whether the gold says which articles are copies, so that grouping is scored.</summary>
    public bool CopiesScored { get; init; }

    /// <summary>Pairs of articles the gold says carry one report.</summary>
    public int CopyPairsExpected { get; init; }

    /// <summary>Pairs of articles the run grouped as carrying one report.</summary>
    public int CopyPairsFound { get; init; }

    /// <summary>Pairs both grouped and in the gold.</summary>
    public int CopyPairsMatched { get; init; }

    public decimal CopyPrecision => Ratio(CopyPairsMatched, CopyPairsFound);

    public decimal CopyRecall => Ratio(CopyPairsMatched, CopyPairsExpected);

    public decimal ClaimPrecision => Ratio(ClaimsMatched, ClaimsFound);

    public decimal ClaimRecall => Ratio(ClaimsMatched, ClaimsExpected);

    public decimal FindingPrecision => Ratio(FindingsTrue, FindingsReported);

    public decimal FindingRecall => Ratio(PlantedFound, Planted);

    public decimal AsOfAccuracy => Ratio(AsOfRight, AsOfChecked);

    public decimal AttributionAccuracy => Ratio(AttributionRight, AttributionChecked);

    // Nothing to get wrong is a perfect score: no findings reported cannot be a false alarm.
    private static decimal Ratio(int part, int whole) => whole == 0 ? 1m : (decimal)part / whole;
}

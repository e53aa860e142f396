using FactCheck.Claims;

namespace FactCheck.Consistency;

/// <summary>Claims that cannot all be true: the side most claims agree on, and the side that does not.</summary>
internal sealed record Conflict(FindingKind Kind, IReadOnlyList<Claim> Agreeing, IReadOnlyList<Claim> Dissenting)
{
    /// <summary>A value every agreeing claim holds (where the most claims overlap).</summary>
    public decimal AgreedPoint { get; init; }

    /// <summary>The agreeing side's summary when whoever found the conflict had it already.</summary>
    public SideSummary? AgreeingSummary { get; init; }

    /// <summary>Neither side outweighs the other (one source against one): both are disputed.</summary>
    public bool Tie { get; init; }
}

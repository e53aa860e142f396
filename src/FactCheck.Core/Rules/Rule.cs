using FactCheck.Diagnostics;
using FactCheck.Values;

namespace FactCheck.Rules;

/// <summary>
/// A kind of claim, as data: which values, near which cue words, make a claim about which fact,
/// and how that fact behaves. Read from a YAML file in <c>rules/</c>; see rules/README.md.
/// </summary>
public sealed record Rule(
    string Id,
    LocalizedTitle Title,
    RuleValueType ValueType,
    IReadOnlySet<Dimension> Dimensions,
    IReadOnlyList<string> Cues,
    CueSide CueSide,
    int CueWindow,
    IReadOnlyList<string> Veto,
    IReadOnlyList<string> Context,
    ValueScope? Scope,
    IReadOnlyList<KeyPart> Key,
    FactNature Nature,
    decimal Tolerance,
    int AsOfWindowDays,
    IReadOnlyList<RuleExample> Examples,
    IReadOnlyList<Implication> Implies,
    SourceLocation Location)
{
    /// <summary>Veto words count this many tokens past the value and its cue.</summary>
    public const int VetoReach = 3;

    /// <summary>And this many tokens before them, within the clause: «ساخت ۸۸ واحد».</summary>
    public const int VetoLookBack = 2;

    /// <summary>How far past the later of value and cue a veto still reaches while the clause goes on (no comma, no «و»): «آتش‌سوزی … ساعت ۱۷ امروز به طور کامل مهار شد».</summary>
    public const int VetoClauseReach = 8;

    /// <summary>
    /// For a date fact: claims more than this many days apart are about different events (two
    /// conferences, two quakes), never one disputed date; null when every claim is about one event.
    /// </summary>
    public int? SameEventWithinDays { get; init; }

    /// <summary>
    /// For a date fact: whether a day named only from the day of writing (امروز، دیروز، روز دوشنبه،
    /// هفته گذشته) makes a claim. A copy republished a day later still says «امروز».
    /// </summary>
    public bool RelativeDays { get; init; } = true;
}

namespace FactCheck.Consistency;

/// <summary>What sort of inconsistency a finding is.</summary>
public enum FindingKind
{
    /// <summary>Sources give values for one event that cannot all be true.</summary>
    Disagreement,

    /// <summary>Sources give values for one state, as of close dates, that cannot all be true.</summary>
    StateMismatch,

    /// <summary>A running total reported lower as of a later date.</summary>
    CumulativeDecrease,

    /// <summary>A running total reported differently as of the same day.</summary>
    SameDayMismatch,

    /// <summary>One article states one fact twice, differently.</summary>
    SelfContradiction,

    /// <summary>A claim disagrees with what other claims imply (a war's start from its length).</summary>
    ImpliedDisagreement,

    /// <summary>An outlet republishing another's report gives a figure the report does not: the copy changed it.</summary>
    AlteredCopy,

    /// <summary>A value wrong in itself: weekday, impossible day, reversed range, unresolvable relative date.</summary>
    BadValue,
}

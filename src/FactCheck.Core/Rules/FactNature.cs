namespace FactCheck.Rules;

/// <summary>How a fact behaves over time; it decides which claims can disagree.</summary>
public enum FactNature
{
    /// <summary>One true value forever: a date something happened, how long a war lasted.</summary>
    Event,

    /// <summary>True as of a date and may change: how many posts are manned.</summary>
    State,

    /// <summary>A running total as of a date: may grow, never shrink (refugees returned since...).</summary>
    Cumulative,
}

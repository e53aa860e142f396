namespace FactCheck.Reporting;

/// <summary>Where one claim stands after the check, as the HTML and CSV reports show it.</summary>
internal enum ClaimStatus
{
    /// <summary>A new finding disputes it.</summary>
    Disputed,

    /// <summary>A finding accepted in the baseline disputes it.</summary>
    Accepted,

    /// <summary>Its fact has a finding that listed only a sample of its disputed claims, and not this one: it may be one of them.</summary>
    Unlisted,

    /// <summary>Compared with the other claims about its fact, and nothing disputes it.</summary>
    Agrees,

    /// <summary>The only claim about its fact: there was nothing to compare it with.</summary>
    Uncompared,
}

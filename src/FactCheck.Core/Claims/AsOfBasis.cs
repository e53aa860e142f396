namespace FactCheck.Claims;

/// <summary>Where a claim's as-of moment comes from: how much a comparison may lean on it.</summary>
public enum AsOfBasis
{
    /// <summary>Neither the sentence nor the article says when the figure was counted.</summary>
    Unknown,

    /// <summary>The article's publication moment: the figure was current when it was written.</summary>
    Publication,

    /// <summary>An as-of phrase in the sentence: «تا ساعت ۱۷ امروز», «تا عصر دیروز».</summary>
    Stated,
}

using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Claims;

/// <summary>
/// What one article says about one fact: the rule and key that name the fact, the value, and exactly
/// where it stands (span in the whole file, 1-based line and column in UTF-16 units).
/// </summary>
/// <param name="Text">The value as written in the article.</param>
/// <param name="Sentence">The sentence the claim came from, as written (of a very long one, <see cref="MaxSentenceLength"/> characters around the value).</param>
/// <param name="AsOf">The day the figure was counted: the day of an as-of phrase in the sentence («تا عصر دیروز»), else the publication day.</param>
/// <param name="Speaker">Who the figure is credited to, where the text says so (پوتین گفت، به گفته استاندار); null when the outlet states it itself.</param>
/// <param name="Derivation">For a claim that follows from others (a war's start from its length), how.</param>
public sealed record Claim(
    string Rule,
    string Key,
    Value Value,
    string Path,
    TextSpan Span,
    int Line,
    int Column,
    string Text,
    string Sentence,
    DateOnly? AsOf,
    string? Speaker,
    string? Source,
    DateOnly? Published,
    string? Derivation = null)
{
    /// <summary>The longest sentence a claim keeps whole: beyond it, the part around the value.</summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>The time of day the figure was counted, to the precision the text gives; null for the whole day.</summary>
    public ClockRange? AsOfTime { get; init; }

    /// <summary>Where <see cref="AsOf"/> comes from.</summary>
    public AsOfBasis AsOfBasis { get; init; } = AsOfBasis.Publication;

    /// <summary>The wire or outlet the article cites for its report (به گزارش ایرنا، به نقل از ایسنا), apart from who stated the figure.</summary>
    public string? Via { get; init; }

    /// <summary>Whose report the claim's article carries (<see cref="Provenance.CopyFinder"/>); null when the article is its own report alone, before grouping, and for implied claims.</summary>
    public Provenance.ReportOrigin? Origin { get; init; }

    /// <summary>How many articles carrying the same report give this fact this value, this one included.</summary>
    public int Copies { get; init; } = 1;

    /// <summary>The article's address (front matter <c>url:</c>), for reports that link to it.</summary>
    public string? Url { get; init; }

    // A claim is an occurrence in a document: two claims are the same only if they are the same
    // object. Structural equality would compare every field, and sets of claims would cost n².
    public bool Equals(Claim? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

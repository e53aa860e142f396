using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Claims;

/// <summary>
/// What one article says about one fact: the rule and key that name the fact, the value, and exactly
/// where it stands (span in the whole file, 1-based line and column in UTF-16 units).
/// </summary>
/// <param name="Text">The value as written in the article.</param>
/// <param name="Sentence">The sentence the claim came from, as written.</param>
/// <param name="AsOf">The day the claim is true as of: the publication date unless the sentence dates it.</param>
/// <param name="Speaker">Who says it, where the text says so (پوتین گفت، به گزارش ایرنا).</param>
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
    // A claim is an occurrence in a document: two claims are the same only if they are the same
    // object. Structural equality would compare every field, and sets of claims would cost n².
    public bool Equals(Claim? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

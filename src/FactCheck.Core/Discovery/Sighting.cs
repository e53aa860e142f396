using FactCheck.Values;

namespace FactCheck.Discovery;

/// <summary>Which side of the value its fact word stands on: after it (۳۸ نفر جان باختند) or before it (شمار مجروحان به ۴۱۰ نفر رسید).</summary>
internal enum WordSide
{
    After,
    Before,
}

/// <summary>
/// One value in one article, with the word that says what it counts or dates: <see cref="Word"/> as
/// written (folded as the text is), <see cref="FactKey"/> the group it belongs to.
/// </summary>
/// <param name="Kind">What is counted: <c>count</c> (a bare number or one counted in نفر، تن …), a unit code (<c>ha</c>, <c>richter</c>, <c>USD</c>) or <c>date</c>.</param>
/// <param name="Line">1-based line of the value in the article file.</param>
/// <param name="Sentence">The sentence as written in the article.</param>
internal sealed record Sighting(
    string Kind,
    string FactKey,
    string Word,
    WordSide Side,
    Value Value,
    string Path,
    string Source,
    DateOnly? Published,
    DateTimeOffset? PublishedAt,
    int Line,
    int Column,
    string Text,
    string Sentence)
{
    /// <summary>The group: kind and folded fact word.</summary>
    public string Group => $"{Kind}:{FactKey}";
}

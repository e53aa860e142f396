namespace FactCheck.Values.Numbers;

/// <summary>A cardinal amount read from tokens [Start, End).</summary>
/// <param name="Resolution">The place of the last digit the text commits to (1000 for ۴۸ هزار, 0.1 for ۱.۵).</param>
/// <param name="Approximate">Written with a scale word or a decimal, so a rounded figure.</param>
/// <param name="TrailingScale">The scale word that ends it (هزار in ۱۵ هزار), or 0: it may cover a range's first end.</param>
/// <param name="WeakAlone">A lone word that is usually not a number (یک as "a"): kept only before a unit.</param>
internal readonly record struct Cardinal(
    int Start,
    int End,
    decimal Value,
    decimal Resolution,
    bool Approximate,
    bool Ordinal,
    decimal TrailingScale,
    bool WeakAlone,
    decimal? VagueMin = null,
    decimal? VagueMax = null)
{
    public bool IsVague => VagueMin is not null;
}

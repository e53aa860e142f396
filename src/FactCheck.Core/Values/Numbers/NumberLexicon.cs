using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values.Dates;

namespace FactCheck.Values.Numbers;

/// <summary>The number-related word lists, compiled once into phrase tries.</summary>
internal sealed class NumberLexicon
{
    public static readonly NumberLexicon Persian = new();

    private NumberLexicon()
    {
        foreach (var (word, entry) in PersianNumberWords.All())
        {
            Words.Add(word, entry);
        }

        foreach (var (phrase, qualifier) in PersianQuantityWords.Qualifiers)
        {
            Qualifiers.Add(phrase, qualifier);
        }

        foreach (var (phrase, qualifier) in PersianQuantityWords.TrailingQualifiers)
        {
            TrailingQualifiers.Add(phrase, qualifier);
        }

        foreach (var (phrase, unit, factor) in PersianQuantityWords.Units)
        {
            Units.Add(phrase, new UnitWord(unit, factor));
        }

        foreach (var noun in PersianQuantityWords.PersonNouns)
        {
            Units.Add(noun, new UnitWord(Unit.Person, 1m));
        }

        // Lengths of time are amounts too (نزدیک به ۳۰ سال): the recognizer turns them into durations.
        foreach (var (phrase, unit) in PersianDateWords.DurationUnits)
        {
            Units.Add(phrase, new UnitWord(DurationUnits.ToUnit(unit), 1m));
        }

        AddAll(NotNumbers, PersianNumberWords.NotNumbers);
        AddAll(IdentifierLabels, PersianQuantityWords.IdentifierLabels);
        AddAll(NamingNouns, PersianQuantityWords.NamingNouns);
        AddAll(RangeWords, PersianQuantityWords.RangeWords);
        AddAll(RangeOpeners, PersianQuantityWords.RangeOpeners);
        AddAll(PeopleAfterTan, PersianQuantityWords.PeopleAfterTan);
        AddAll(PeopleBeforeAmount, PersianQuantityWords.PeopleBeforeAmount);
        AddAll(PeopleNearTan, PersianQuantityWords.PeopleNearTan);
        AddAll(CargoNearTan, PersianQuantityWords.CargoNearTan);
        AddAll(PersonUnits, PersianQuantityWords.PersonUnits);
        AddAll(OrdinalSuffixes, PersianNumberWords.DigitOrdinalSuffixes);
        AddAll(DecimalPoints, PersianNumberWords.DecimalPoints);
        foreach (var (word, part) in PersianNumberWords.PartWords)
        {
            PartWords.Add(word, part);
        }

        foreach (var (word, denominator) in PersianNumberWords.FractionDenominators)
        {
            Denominators.Add(word, denominator);
        }
    }

    public PhraseTrie<NumberWord> Words { get; } = new();

    public PhraseTrie<Qualifier> Qualifiers { get; } = new();

    public PhraseTrie<Qualifier> TrailingQualifiers { get; } = new();

    public PhraseTrie<UnitWord> Units { get; } = new();

    public PhraseTrie<bool> NotNumbers { get; } = new();

    public PhraseTrie<bool> IdentifierLabels { get; } = new();

    /// <summary>Nouns a number after them names (تونل ۲، پلاک ۱۲) unless a unit follows it.</summary>
    public PhraseTrie<bool> NamingNouns { get; } = new();

    public PhraseTrie<bool> RangeWords { get; } = new();

    public PhraseTrie<bool> RangeOpeners { get; } = new();

    public PhraseTrie<bool> PeopleAfterTan { get; } = new();

    public PhraseTrie<bool> PeopleBeforeAmount { get; } = new();

    public PhraseTrie<bool> PeopleNearTan { get; } = new();

    public PhraseTrie<bool> CargoNearTan { get; } = new();

    public PhraseTrie<bool> PersonUnits { get; } = new();

    public PhraseTrie<bool> OrdinalSuffixes { get; } = new();

    public PhraseTrie<bool> DecimalPoints { get; } = new();

    public PhraseTrie<decimal> Denominators { get; } = new();

    public PhraseTrie<decimal> PartWords { get; } = new();

    /// <summary>Every word an amount, a qualifier, an identifier label or a non-number can start with.</summary>
    public IEnumerable<string> FirstWords() =>
        Words.FirstWords.Concat(PartWords.FirstWords).Concat(Qualifiers.FirstWords).Concat(RangeOpeners.FirstWords).Concat(IdentifierLabels.FirstWords).Concat(NamingNouns.FirstWords).Concat(NotNumbers.FirstWords);

    private static void AddAll(PhraseTrie<bool> trie, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, true);
        }
    }
}

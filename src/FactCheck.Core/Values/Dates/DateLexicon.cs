using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Values.Dates;

/// <summary>The date word lists compiled once into phrase tries.</summary>
internal sealed class DateLexicon
{
    public static readonly DateLexicon Persian = new();

    private DateLexicon()
    {
        var needYear = PersianDateWords.NeedYear.ToHashSet(StringComparer.Ordinal);
        var alone = PersianDateWords.AloneAfterDigits.ToHashSet(StringComparer.Ordinal);
        var afterDigitDay = PersianDateWords.AfterDigitDay.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, calendar, month) in PersianDateWords.Months)
        {
            Months.Add(name, new MonthName(calendar, month, needYear.Contains(name), alone.Contains(name), afterDigitDay.Contains(name)));
            // «مهرماه»، «آبان‌ماه»، «مهر ماه»: the month word joined to «ماه» in any spelling
            Months.Add(name + "\u200Cماه", new MonthName(calendar, month, false));
        }

        foreach (var (name, day) in PersianDateWords.Weekdays)
        {
            Weekdays.Add(name, day);
        }

        foreach (var (phrase, offset, part) in PersianDateWords.RelativeDays)
        {
            RelativeDays.Add(phrase, (offset, part));
        }

        foreach (var (phrase, part, afterHour) in PersianDateWords.PartsOfDay)
        {
            PartsOfDay.Add(phrase, (part, afterHour));
        }

        foreach (var (phrase, unit, offset) in PersianDateWords.RelativePeriods)
        {
            RelativePeriods.Add(phrase, new RelativePeriod(unit, offset));
        }

        foreach (var (phrase, calendar) in PersianDateWords.Eras)
        {
            Eras.Add(phrase, calendar);
        }

        foreach (var word in PersianDateWords.AfterShortYear)
        {
            AfterShortYear.Add(word, true);
        }

        foreach (var word in PersianDateWords.EventNouns)
        {
            EventNouns.Add(word, true);
        }

        foreach (var word in PersianDateWords.AfterYearlessMonth)
        {
            AfterYearlessMonth.Add(word, true);
        }

        foreach (var word in PersianDateWords.DecadeWords)
        {
            DecadeWords.Add(word, true);
        }

        YearWords.Add("سال", true);
        YearWords.Add("سال‌های", true);
        YearWords.Add("سالیان", true);
        NotBeforeLastYear.Add("چند", true);
        NotBeforeLastYear.Add("چندین", true);
        NotBeforeLastYear.Add("طی", true);
    }

    /// <summary>Every word a date can start with (besides the day numbers the number lexicon knows).</summary>
    public IEnumerable<string> FirstWords() =>
        Months.FirstWords.Concat(Weekdays.FirstWords).Concat(RelativeDays.FirstWords).Concat(RelativePeriods.FirstWords)
            .Concat(YearWords.FirstWords).Concat(PartsOfDay.FirstWords).Concat(DecadeWords.FirstWords).Append(PersianDateWords.Day).Append(PersianDateWords.Month)
            .Append(PersianDateWords.Hour);

    public PhraseTrie<MonthName> Months { get; } = new();

    public PhraseTrie<DayOfWeek> Weekdays { get; } = new();

    public PhraseTrie<(int Offset, PartOfDay? Part)> RelativeDays { get; } = new();

    public PhraseTrie<(PartOfDay Part, bool AfterHour)> PartsOfDay { get; } = new();

    public PhraseTrie<RelativePeriod> RelativePeriods { get; } = new();

    public PhraseTrie<CalendarKind> Eras { get; } = new();

    public PhraseTrie<bool> YearWords { get; } = new();

    public PhraseTrie<bool> DecadeWords { get; } = new();

    public PhraseTrie<bool> AfterShortYear { get; } = new();

    public PhraseTrie<bool> EventNouns { get; } = new();

    public PhraseTrie<bool> AfterYearlessMonth { get; } = new();

    /// <summary>«چند سال گذشته» is "the past few years", not last year.</summary>
    public PhraseTrie<bool> NotBeforeLastYear { get; } = new();
}

using FactCheck.Articles;
using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Claims;

/// <summary>
/// When a figure was counted. Only an as-of phrase says so («تا ساعت ۱۷ امروز», «تا عصر دیروز»,
/// «تا این لحظه»); failing one, the article's publication moment. Any other date in the sentence
/// names the event («در زلزله ۲۱ آبان ۶۲۰ نفر جان باختند») or opens the count («از ۱۴ نوامبر»)
/// and says nothing of when the figure was counted.
/// </summary>
internal static class AsOfResolver
{
    /// <summary>How many tokens an as-of phrase may run past its opening word («تا ساعت ۱۷ عصر روز دوشنبه»).</summary>
    private const int PhraseReach = 5;

    private static readonly PhraseTrie<ClockRange?> Until = UntilTrie();
    private static readonly PhraseTrie<bool> Now = Trie(PersianAsOfWords.Now, true);
    private static readonly PhraseTrie<ClockRange> PartsOfDay = PartTrie();
    private static readonly PhraseTrie<bool> Hour = Trie(PersianAsOfWords.Hour, true);
    private static readonly PhraseTrie<bool> Fillers = Trie(PersianAsOfWords.Fillers, true);

    /// <summary>
    /// When the sentence's speaker spoke, if it says so: a clock time before the speech verb, with no figure
    /// between («استاندار ساعت ۱۹ امروز در جمع خبرنگاران گفت …»). Figures said then were counted by then.
    /// </summary>
    public static AsOfPhrase? Statement(TokenizedText t, Sentence s, IReadOnlyList<PlacedValue> values, DateOnly? published)
    {
        for (var v = 0; v < values.Count; v++)
        {
            (DateOnly? Day, ClockRange? Time) spoken = values[v].Value switch
            {
                TimeOfDay clock => (published, ClockRange.At(clock.Hour, clock.Minute)),
                DateValue { Precision: DatePrecision.Day, From: { } d, Time.Hour: { } hour } date when date.From == date.To
                    && date.Problem is DateProblem.None or DateProblem.WeekdayMismatch => (d, ClockRange.At(hour % 24, date.Time.Minute ?? 0)),
                _ => (null, null),
            };
            var (day, time) = spoken;
            if (time is null || day is null)
            {
                continue;
            }

            var limit = Math.Min(s.End, values[v].EndToken + StatementReach);
            for (var i = values[v].EndToken; i < limit; i++)
            {
                if ((v + 1 < values.Count && values[v + 1].FirstToken <= i) || t.IsSymbol(i, ':') || ClauseBoundary.Ends(t, i))
                {
                    break; // a figure between, or another clause: the verb is not about this time
                }

                if (SpeakerFinder.IsSpeechVerb(t, i))
                {
                    return new AsOfPhrase(values[v].FirstToken, values[v].EndToken, day, time, Now: false);
                }
            }
        }

        return null;
    }

    /// <summary>How many tokens may stand between a statement's time and its verb («ساعت ۱۱:۳۰ امروز در نشست خبری گفت»).</summary>
    private const int StatementReach = 8;


    /// <summary>The as-of phrases of a sentence, in text order.</summary>
    /// <param name="values">The sentence's values, in text order.</param>
    public static List<AsOfPhrase> Phrases(TokenizedText t, Sentence s, IReadOnlyList<PlacedValue> values, DateOnly? published)
    {
        var phrases = new List<AsOfPhrase>();
        var v = 0;
        for (var i = s.First; i < s.End; i++)
        {
            while (v < values.Count && values[v].EndToken <= i)
            {
                v++;
            }

            if (v < values.Count && values[v].FirstToken <= i)
            {
                i = values[v].EndToken - 1; // a word inside a value («۱۴ تا ۱۸ آبان») opens nothing
                continue;
            }

            if (Now.TryMatch(t, i, out _, out var nowLength))
            {
                phrases.Add(new AsOfPhrase(i, i + nowLength, null, null, Now: true));
                i += nowLength - 1;
            }
            else if (Until.TryMatch(t, i, out var part, out var length) && Complete(t, i, i + length, s.End, values, v, part, published) is { } phrase)
            {
                phrases.Add(phrase);
                i = phrase.End - 1;
            }
        }

        return phrases;
    }

    /// <summary>The as-of of a figure at <paramref name="claimed"/>: the nearest as-of phrase of its sentence, else publication.</summary>
    /// <remarks>
    /// Phrases are in text order and do not overlap, so the nearest is either the last one ending
    /// before the figure or the first one starting after it (the earlier on a tie): two searches, not
    /// a scan of the sentence's phrases for each figure.
    /// </remarks>
    /// <param name="statement">When the speaker spoke (<see cref="Statement"/>): the as-of when no phrase dates the figure, «تا این لحظه» included.</param>
    public static (DateOnly? Day, ClockRange? Time, AsOfBasis Basis) For(PlacedValue claimed, List<AsOfPhrase> phrases, ArticleMetadata metadata, AsOfPhrase? statement = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        AsOfPhrase? nearest = null;
        var distance = int.MaxValue;
        var before = Sorted.FirstWhere(phrases, 0, p => p.End > claimed.FirstToken);
        if (before > 0)
        {
            (nearest, distance) = (phrases[before - 1], claimed.FirstToken - phrases[before - 1].End);
        }

        var after = Sorted.FirstWhere(phrases, before, p => p.First - claimed.EndToken + 1 >= 0);
        if (after < phrases.Count && phrases[after].First - claimed.EndToken + 1 < distance)
        {
            nearest = phrases[after];
        }

        if (nearest is { Now: false, Day: { } day } stated)
        {
            var (counted, time) = EndOfDay(Counted(stated, day, metadata), stated.Time);
            return (counted, time, AsOfBasis.Stated);
        }

        if (statement is { Day: { } spoken })
        {
            return (spoken, statement.Value.Time, AsOfBasis.Stated);
        }

        return Publication(metadata);
    }

    /// <summary>
    /// A time with no day («تا ساعت ۲۳» in an article published at 01:10) is the last such time before
    /// publication: a figure is never counted after it was printed.
    /// </summary>
    private static DateOnly Counted(AsOfPhrase stated, DateOnly day, ArticleMetadata metadata)
    {
        if (stated is not { DayOfWriting: true, Time: { } time } || metadata.Published != day)
        {
            return day;
        }

        // without the hour of publication, only midnight is known to lie ahead of it
        var written = metadata.PublishedAt is { } at && DateOnly.FromDateTime(at.DateTime) == day ? (at.Hour * 60) + at.Minute : (24 * 60) - 1;
        return time.FromMinute > written ? day.AddDays(-1) : day;
    }

    /// <summary>Midnight at the end of a day (24:00) is written as 00:00 of the next.</summary>
    private static (DateOnly Day, ClockRange? Time) EndOfDay(DateOnly day, ClockRange? time) =>
        time is { FromMinute: >= 24 * 60 } late
            ? (day.AddDays(1), new ClockRange(late.FromMinute - (24 * 60), late.ToMinute - (24 * 60)))
            : (day, time);

    /// <summary>Whether an as-of phrase of the sentence holds the token (phrases are in text order).</summary>
    public static bool Covered(List<AsOfPhrase> phrases, int token)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var i = Sorted.FirstWhere(phrases, 0, p => p.First > token) - 1;
        return i >= 0 && phrases[i].Covers(token);
    }

    /// <summary>The publication moment: to the minute when the article gives its time.</summary>
    public static (DateOnly? Day, ClockRange? Time, AsOfBasis Basis) Publication(ArticleMetadata metadata) =>
        metadata.PublishedAt is { } at && metadata.Published == DateOnly.FromDateTime(at.DateTime)
            ? (metadata.Published, ClockRange.At(at.Hour, at.Minute), AsOfBasis.Publication)
            : metadata.Published is { } day ? (day, null, AsOfBasis.Publication) : (null, null, AsOfBasis.Unknown);

    /// <summary>«تا» counts as an as-of only when a day or a time follows it within reach.</summary>
    private static AsOfPhrase? Complete(TokenizedText t, int first, int i, int end, IReadOnlyList<PlacedValue> values, int v, ClockRange? time, DateOnly? published)
    {
        // «تا پایان روز ۲۲ آبان»: the date may have taken the last word of the opening as its own.
        while (v < values.Count && values[v].EndToken <= i)
        {
            v++;
        }

        if (v < values.Count && values[v].FirstToken < i && values[v].FirstToken > first)
        {
            i = values[v].FirstToken;
        }

        DateOnly? day = null;
        var last = i;
        var afterHourWord = false;
        var limit = Math.Min(end, i + PhraseReach);
        while (i < limit)
        {
            while (v < values.Count && values[v].FirstToken < i)
            {
                v++;
            }

            var value = v < values.Count && values[v].FirstToken == i ? values[v].Value : null;
            afterHourWord &= value is not null;
            if (value is DateValue { Precision: DatePrecision.Day, From: { } d, Problem: DateProblem.None or DateProblem.WeekdayMismatch } date && day is null)
            {
                day = d;
                time = date.Time?.Hour is not null ? ClockOf(t, values[v], date.Time) : WithPart(time, ClockOf(t, values[v], date.Time));
                i = last = values[v].EndToken;
            }
            else if (value is TimeOfDay clock)
            {
                time = ClockRange.At(clock.Hour, clock.Minute);
                i = last = values[v].EndToken;
            }
            else if (Hour.TryMatch(t, i, out _, out var hourWord))
            {
                i += hourWord; // «ساعت ۱۷», «ساعت ۲۰:۴۵»: the clock follows
                afterHourWord = true;
                continue;
            }
            else if (afterHourWord && value is Quantity { Nominal: { } h, Unit: null } && h == decimal.Truncate(h) && h is >= 0 and <= 24)
            {
                time = ClockRange.At((int)h % 24, 0);
                i = last = values[v].EndToken;
            }
            else if (PartsOfDay.TryMatch(t, i, out var part, out var partLength))
            {
                time = WithPart(time, part);
                i = last = i + partLength;
            }
            else if (Fillers.TryMatch(t, i, out _, out var fillerLength))
            {
                i += fillerLength;
            }
            else
            {
                break;
            }
        }

        if (day is null && time is null)
        {
            return null;
        }

        return new AsOfPhrase(first, last, day ?? published, time, Now: false, DayOfWriting: day is null);
    }

    /// <summary>
    /// A part of the day after a clock («ساعت ۵ عصر», «ساعت ۲۰:۴۵ امشب»): an hour under twelve in the
    /// afternoon or evening is past noon; an instant stays an instant; a part alone is its range.
    /// </summary>
    private static ClockRange? WithPart(ClockRange? time, ClockRange? part) =>
        part is not { } p ? time
        : time is { IsInstant: true } at && at.FromMinute < 12 * 60 && p.FromMinute >= 12 * 60 ? new ClockRange(at.FromMinute + (12 * 60), at.ToMinute + (12 * 60))
        : time is { IsInstant: true } ? time
        : p;

    /// <summary>
    /// The clock a date carries («ساعت ۱۷ امروز», «عصر دیروز»): an instant when it names the hour, else
    /// the part of the day in the words the text used (عصر is narrower than بعدازظهر).
    /// </summary>
    private static ClockRange? ClockOf(TokenizedText t, PlacedValue placed, DayTime? time)
    {
        if (time is null)
        {
            return null;
        }

        if (time.Hour is { } hour)
        {
            return ClockRange.At(hour % 24, time.Minute ?? 0);
        }

        for (var i = placed.FirstToken; i < placed.EndToken; i++)
        {
            if (PartsOfDay.TryMatch(t, i, out var part, out _))
            {
                return part;
            }
        }

        return null;
    }

    private static PhraseTrie<ClockRange?> UntilTrie()
    {
        var trie = new PhraseTrie<ClockRange?>();
        foreach (var word in PersianAsOfWords.Until)
        {
            trie.Add(word, null);
        }

        // «تا عصر»: the opening word glued to a part of the day, in every spelling the trie knows.
        foreach (var (word, from, to) in PersianAsOfWords.PartsOfDay)
        {
            trie.Add($"{PersianAsOfWords.Until[0]} {word}", new ClockRange(from, to));
        }

        return trie;
    }

    private static PhraseTrie<ClockRange> PartTrie()
    {
        var trie = new PhraseTrie<ClockRange>();
        foreach (var (word, from, to) in PersianAsOfWords.PartsOfDay)
        {
            trie.Add(word, new ClockRange(from, to));
        }

        return trie;
    }

    private static PhraseTrie<T> Trie<T>(IEnumerable<string> words, T value)
    {
        var trie = new PhraseTrie<T>();
        foreach (var word in words)
        {
            trie.Add(word, value);
        }

        return trie;
    }
}

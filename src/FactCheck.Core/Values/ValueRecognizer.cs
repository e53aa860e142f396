using FactCheck.Lexicon;
using FactCheck.Text;
using FactCheck.Values.Dates;
using FactCheck.Values.Numbers;

namespace FactCheck.Values;

/// <summary>
/// Finds every value in a text in one left-to-right pass over its tokens. At each token the readers
/// are tried in a fixed order (identifiers to skip, times, amounts); the first that reads something
/// wins and the walk resumes after it, so no token is read twice.
/// </summary>
public sealed class ValueRecognizer
{
    private readonly NumberLexicon _numbers;
    private readonly NumberReader _numberReader;
    private readonly DateTimeReader _dateReader;

    private ValueRecognizer(NumberLexicon numbers, DateLexicon dates)
    {
        _numbers = numbers;
        _numberReader = new NumberReader(numbers);
        _dateReader = new DateTimeReader(dates, numbers);
        Starters = new WordClasses();
        Starters.Add(numbers.FirstWords().Concat(dates.FirstWords()), WordClasses.Value);
    }

    /// <summary>The words a value can start with; readers are not even tried on other words.</summary>
    public WordClasses Starters { get; }

    public static ValueRecognizer Persian { get; } = new(NumberLexicon.Persian, DateLexicon.Persian);

    /// <param name="published">What relative dates (دیروز، سال گذشته) resolve against; without it they stay unresolved.</param>
    public IReadOnlyList<Value> Recognize(string text, DateOnly? published = null) => Recognize(TokenizedText.From(text), published);

    public IReadOnlyList<Value> Recognize(TokenizedText text, DateOnly? published = null) =>
        [.. RecognizePlaced(text, published).Select(p => p.Value)];

    /// <summary>Every value with the tokens it covers, in text order.</summary>
    /// <param name="classes">Word classes from <see cref="Starters"/> (or a superset of them), when the caller has them already.</param>
    public IReadOnlyList<PlacedValue> RecognizePlaced(TokenizedText text, DateOnly? published = null, byte[]? classes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        classes ??= Starters.Classify(text);
        var values = new List<PlacedValue>((text.Count / 32) + 4); // about one value in 40 tokens
        var found = new List<Value>(1);
        var i = 0;
        while (i < text.Count)
        {
            if ((classes[i] & WordClasses.Value) == 0)
            {
                i++;
                continue;
            }

            int next;
            try
            {
                next = ReadAt(text, i, published, found);
            }
            catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
            {
                // A figure beyond decimal range, or a date beyond the calendars' range (a lunar month
                // resolved against a publication year outside Umm al-Qura's table): not a value.
                found.Clear();
                next = i + 1;
            }

            foreach (var value in found)
            {
                values.Add(new PlacedValue(value, i, next));
            }

            found.Clear();
            i = next;
        }

        return values;
    }

    /// <summary>Reads at token i, adds what it finds, and returns where the walk goes on.</summary>
    private int ReadAt(TokenizedText t, int i, DateOnly? published, List<Value> values)
    {
        if (SkipIdentifier(t, i) is var afterId && afterId > i)
        {
            return afterId;
        }

        var token = t.Tokens[i];
        if (token.Kind is TokenKind.Link || (token.Kind == TokenKind.Symbol && !NumberReader.IsPercentBeforeDigits(t, i)))
        {
            return i + 1;
        }

        // Dates and times before amounts: «۹ ماه نوامبر» is a day, not nine months; «۵ بامداد» an hour.
        if (_dateReader.TryRead(t, i, published, out var dated, out var next))
        {
            values.Add(dated!);
            return next;
        }

        if (_numbers.NotNumbers.TryMatch(t, i, out _, out var skip))
        {
            return i + skip;
        }

        if (_numberReader.TryRead(t, i, out var quantity, out next))
        {
            values.Add(quantity!.Unit is { Dimension: Dimension.Time } unit
                ? new Duration(quantity.Span, quantity.Nominal, quantity.Min, quantity.Max, DurationUnits.FromUnit(unit), quantity.Qualifier)
                : quantity);
            return next;
        }

        return i + 1;
    }

    // کد خبر 1293642، phone numbers: digits that identify, never amounts.
    private int SkipIdentifier(TokenizedText t, int i)
    {
        var token = t.Tokens[i];
        if (token.Kind == TokenKind.Word && _numbers.IdentifierLabels.TryMatch(t, i, out _, out var length))
        {
            var j = i + length;
            while (j < t.Count && t.Continues(j) && (t.IsSymbol(j, ':') || t.IsSymbol(j, '-') || t.IsSymbol(j, '+')
                || t.Tokens[j].Kind == TokenKind.Digits))
            {
                j++;
            }

            return j > i + length ? j : i;
        }

        if (token.Kind == TokenKind.Word && _numbers.NamingNouns.TryMatch(t, i, out _, out var nounLength))
        {
            // «تونل ۲»، «تونل‌های ۲ و ۴»: numbers that name; «تونل ۱۲ کارگر» counts, so a unit after keeps it
            var j = i + nounLength;
            var named = j;
            while (j < t.Count && t.Continues(j) && t.Tokens[j].Kind == TokenKind.Digits && !CountsSomething(t, j + 1))
            {
                named = ++j;
                if (j + 1 < t.Count && t.Is(j, PersianNumberWords.And) && t.Tokens[j + 1].Kind == TokenKind.Digits)
                {
                    j++;
                }
            }

            return named > i + nounLength ? named : i;
        }

        if (token.Kind == TokenKind.Digits && LooksLikePhone(t.TextOf(i)))
        {
            return i + 1;
        }

        if (t.IsSymbol(i, '+') && i + 1 < t.Count && t.Tokens[i + 1].Gap == TokenGap.None
            && t.Tokens[i + 1].Kind == TokenKind.Digits && t.Tokens[i + 1].Length >= 8)
        {
            return i + 2;
        }

        return i;
    }

    // What follows digits that makes them an amount: a unit, a noun for people, a scale or number word.
    private bool CountsSomething(TokenizedText t, int next) =>
        next < t.Count && t.Continues(next) && t.Tokens[next].Kind == TokenKind.Word
        && (_numbers.Units.TryMatch(t, next, out _, out _) || _numbers.Words.TryMatch(t, next, out _, out _));

    // Iranian phone numbers start with 0 and run to 8+ digits; no amount is written that way.
    private static bool LooksLikePhone(ReadOnlySpan<char> digits) =>
        digits.Length >= 8 && digits[0] == '0' && !digits.ContainsAnyExcept("0123456789");
}

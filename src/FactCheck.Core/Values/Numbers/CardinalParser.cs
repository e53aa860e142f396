using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// The grammar of Persian amounts over tokens, left to right with no backtracking: digits or words,
/// scale words (هزار، میلیون...), «و» between parts of falling magnitude, halves, and an ordinal
/// ending. Digits may mix with words (۲۲ هزار و 400) and touch them (۱۴ هزار۲۸۶).
/// </summary>
internal static class CardinalParser
{
    /// <param name="fractions">Whether spoken decimals (سه ممیز پنج، چهار و هفت دهم) are read: not inside one.</param>
    public static bool TryRead(TokenizedText t, int start, NumberLexicon lex, out Cardinal cardinal, bool fractions = true)
    {
        cardinal = default;
        if (start >= t.Count || JoinedOntoWord(t, start, lex))
        {
            return false;
        }

        if (t.Tokens[start].Kind == TokenKind.Word && lex.Words.TryMatch(t, start, out var first, out var firstLength)
            && first.Role == NumberWordRole.Vague && !lex.NotNumbers.TryMatch(t, start, out _, out _))
        {
            cardinal = new Cardinal(start, start + firstLength, first.Value, 1, true, false, 0, false, first.Value, first.Max);
            return true;
        }

        if (t.Tokens[start].Kind == TokenKind.Digits && DigitsParser.Read(t.TextOf(start)) is { Shape: DigitsShape.Huge } huge)
        {
            // 10^30 written out: open above, never dropped and never a crash
            cardinal = new Cardinal(start, start + 1, huge.Value, 1, false, false, 0, false, huge.Value, null);
            return true;
        }

        var state = new State();
        var j = start;
        while (j < t.Count && (j == start || t.Continues(j)))
        {
            var token = t.Tokens[j];
            int consumed;
            if (token.Kind == TokenKind.Digits)
            {
                consumed = ReadDigits(t, j, j == start, lex, ref state);
                if (consumed > 0 && state.Ordinal is false && TryOrdinalSuffix(t, j + 1, lex, out var suffixLength))
                {
                    state.Ordinal = true;
                    state.End = j + 1 + suffixLength;
                    break;
                }
            }
            else if (token.Kind == TokenKind.Word && t.Is(j, PersianNumberWords.And))
            {
                if (state.PendingAnd || !state.HasAny)
                {
                    break;
                }

                state.PendingAnd = true;
                j++;
                continue;
            }
            else if (fractions && token.Kind == TokenKind.Word && state.TakesFraction
                && TrySpokenFraction(t, j, lex, state.PendingAnd, out var fraction, out var resolution, out var fractionLength))
            {
                state.AddFraction(fraction, resolution);
                consumed = fractionLength;
            }
            else if (token.Kind == TokenKind.Word && !lex.NotNumbers.TryMatch(t, j, out _, out _)
                && lex.Words.TryMatch(t, j, out var word, out var length))
            {
                consumed = state.Word(word, length, t, j, lex) ? length : 0;
            }
            else if (token.Kind == TokenKind.Word && state.HasAny && !state.PendingAnd && JoinedAnd(t, j, lex) is { } joined)
            {
                // «بیست‌وسه»، «چهل‌وهشت»: the «و» written onto the next number word
                state.PendingAnd = true;
                consumed = state.Word(joined, 1, t, j, lex) ? 1 : 0;
            }
            else
            {
                break;
            }

            if (consumed == 0)
            {
                break;
            }

            j += consumed;
            state.End = j;
            state.PendingAnd = false;
            if (state.Ordinal)
            {
                break;
            }
        }

        if (!state.HasAny)
        {
            return false;
        }

        cardinal = state.Finish(start);
        return true;
    }

    // A number word written onto an ordinary word with a non-joiner is a piece of that word, as in the
    // village names پایین‌ده and بالا‌ده; only another number word or «و» may come before it so joined.
    private static bool JoinedOntoWord(TokenizedText t, int start, NumberLexicon lex) =>
        start > 0
        && t.Tokens[start].Kind == TokenKind.Word
        && t.Tokens[start].Gap == TokenGap.Joiner
        && t.Tokens[start - 1].Kind == TokenKind.Word
        && !t.Is(start - 1, PersianNumberWords.And)
        && !lex.Words.TryMatch(t, start - 1, out _, out _);

    // The first digits may be a comma decimal (۷،۳ ریشتر); three decimals before a person count are thousands (۱.۲۵۰ نفر).
    private static int ReadDigits(TokenizedText t, int j, bool isFirst, NumberLexicon lex, ref State state)
    {
        if (isFirst && DecimalComma.TryRead(t, j, lex, out var comma))
        {
            return state.Digits(comma, true, false) > 0 ? 3 : 0;
        }

        var reading = DigitsParser.Read(t.TextOf(j));
        if (reading.Shape == DigitsShape.Decimal && reading.Resolution == 0.001m && j + 1 < t.Count && t.Continues(j + 1)
            && lex.PersonUnits.TryMatch(t, j + 1, out _, out _))
        {
            reading = reading with { Shape = DigitsShape.Integer, Value = reading.Value * 1000, Resolution = 1 };
        }

        return state.Digits(reading, isFirst, t.Tokens[j].Gap == TokenGap.None);
    }

    /// <summary>
    /// «ممیز» and the digits or words after it (سه ممیز پنج، ۷ ممیز ۳), or after «و» a number and a
    /// denominator (چهار و هفت دهم، دو و بیست و پنج صدم): the part after the point of a decimal.
    /// </summary>
    private static bool TrySpokenFraction(TokenizedText t, int j, NumberLexicon lex, bool afterAnd, out decimal fraction, out decimal resolution, out int length)
    {
        fraction = 0;
        resolution = 0;
        length = 0;
        if (!afterAnd && lex.DecimalPoints.TryMatch(t, j, out _, out var point) && j + point < t.Count && t.Continues(j + point)
            && TryRead(t, j + point, lex, out var digits, fractions: false) && WithoutScale(digits) is { } whole && IsWhole(whole))
        {
            digits = whole;
            var written = digits.End == j + point + 1 && t.Tokens[j + point].Kind == TokenKind.Digits
                ? t.Tokens[j + point].Length
                : decimal.Truncate(digits.Value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            resolution = DigitsParser.Pow10(written) is var scale ? 1 / scale : 0;
            fraction = digits.Value * resolution;
            length = digits.End - j;
            return true;
        }

        if (afterAnd && TryRead(t, j, lex, out var numerator, fractions: false) && IsWhole(numerator)
            && numerator.End < t.Count && t.Continues(numerator.End) && lex.Denominators.TryMatch(t, numerator.End, out var denominator, out var d)
            && numerator.Value < denominator)
        {
            resolution = 1 / denominator;
            fraction = numerator.Value / denominator;
            length = numerator.End + d - j;
            return true;
        }

        return false;
    }

    // «سه ممیز پنج میلیون»: the scale word after the decimals belongs to the whole number, not to them.
    private static Cardinal? WithoutScale(Cardinal c) =>
        c.TrailingScale == 0 ? c
        : c.Value % c.TrailingScale == 0 && c.Value / c.TrailingScale < 1000 && c.End - 1 > c.Start
            ? c with { Value = c.Value / c.TrailingScale, End = c.End - 1, TrailingScale = 0, Approximate = false }
            : null;

    private static bool IsWhole(Cardinal c) => !c.Ordinal && !c.IsVague && c.TrailingScale == 0 && !c.Approximate && decimal.Truncate(c.Value) == c.Value;

    private static NumberWord? JoinedAnd(TokenizedText t, int j, NumberLexicon lex)
    {
        var text = t.TextOf(j);
        return text.Length > 1 && text[0] == 'و' && lex.Words.TryGetSingle(text[1..], out var word) && word.Role == NumberWordRole.Small
            ? word
            : null;
    }

    private static bool TryOrdinalSuffix(TokenizedText t, int j, NumberLexicon lex, out int length)
    {
        length = 0;
        if (j >= t.Count)
        {
            return false;
        }

        var gap = t.Tokens[j].Gap;
        if (gap is TokenGap.None or TokenGap.Joiner && lex.OrdinalSuffixes.TryMatch(t, j, out _, out length))
        {
            return true;
        }

        // ۲۳-ام
        if (gap == TokenGap.None && t.IsSymbol(j, '-') && j + 1 < t.Count && t.Tokens[j + 1].Gap == TokenGap.None
            && lex.OrdinalSuffixes.TryMatch(t, j + 1, out _, out var after))
        {
            length = after + 1;
            return true;
        }

        return false;
    }

    private struct State
    {
        private decimal _total;
        private decimal _group;
        private bool _groupHas;
        private bool _groupFromDigits;
        private decimal _lastScale;
        private decimal _fractionResolution;
        private bool _approximate;
        private bool _weakOnly;
        private int _terms;
        private bool _endsWithScale;

        // A smaller scale was added to a larger one (دو میلیون سیصد هزار): a later scale cannot multiply the sum.
        private bool _summed;

        // The amount passed decimal range: known only to be at least DigitsParser.HugeFloor.
        private bool _huge;

        public State()
        {
            _lastScale = decimal.MaxValue;
            _weakOnly = true;
        }

        public int End { get; set; }

        public bool PendingAnd { get; set; }

        public bool Ordinal { get; set; }

        public readonly bool HasAny => _terms > 0;

        /// <summary>Whether a spoken decimal part may follow: a whole number before a point or «و».</summary>
        public readonly bool TakesFraction => _groupHas && _fractionResolution == 0 && !_endsWithScale;

        public void AddFraction(decimal fraction, decimal resolution)
        {
            _group += fraction;
            _fractionResolution = resolution;
            _approximate = true;
            _weakOnly = false;
            _terms++;
        }

        /// <summary>Reads a digits token; returns tokens consumed (1) or 0 to stop.</summary>
        /// <param name="glued">Nothing between the digits and the token before (هزار۲۸۶).</param>
        public int Digits(DigitsReading reading, bool isFirst, bool glued)
        {
            if (_groupHas || _huge)
            {
                return 0; // "بیست 5", "5 6"
            }

            if (!isFirst)
            {
                // Digits continue an amount only after a scale word: ۲۲ هزار و 400، ۱۴ هزار۲۸۶.
                if (_total == 0 || !(PendingAnd || glued))
                {
                    return 0;
                }
            }

            if (reading.Shape is not (DigitsShape.Integer or DigitsShape.Decimal))
            {
                return 0;
            }

            if (_total > 0 && reading.Value >= _lastScale)
            {
                return 0;
            }

            if (reading.Shape == DigitsShape.Decimal)
            {
                _approximate = true;
                _fractionResolution = reading.Resolution;
            }

            _group = reading.Value;
            _groupHas = true;
            _groupFromDigits = true;
            _weakOnly = false;
            _endsWithScale = false;
            _terms++;
            return 1;
        }

        /// <summary>A scale word has made the total this; the group it multiplied is spent.</summary>
        private bool Scaled(decimal total, NumberWord scale)
        {
            _total = total;
            _fractionResolution *= scale.Value;
            _lastScale = scale.Value;
            _approximate = true;
            _group = 0;
            _groupHas = false;
            _groupFromDigits = false;
            _weakOnly = false;
            _terms++;
            _endsWithScale = true;
            Ordinal = scale.Ordinal;
            return true;
        }

        /// <summary>Past decimal range: open above.</summary>
        private bool Huge()
        {
            _huge = true;
            _terms++;
            _groupHas = false;
            return true;
        }

        public bool Word(NumberWord word, int length, TokenizedText t, int j, NumberLexicon lex)
        {
            if (_huge && word.Role != NumberWordRole.Scale)
            {
                return false;
            }

            switch (word.Role)
            {
                case NumberWordRole.Small:
                    if (_groupHas)
                    {
                        if (word.Value == 100 && !PendingAnd && !_groupFromDigits && _group is > 0 and < 10)
                        {
                            _group *= 100; // چهار صد
                        }
                        else if (PendingAnd && !_groupFromDigits && _fractionResolution == 0 && word.Value < Place(_group))
                        {
                            _group += word.Value;
                        }
                        else
                        {
                            return false;
                        }
                    }
                    else
                    {
                        if (_total > 0 && (!PendingAnd || word.Value >= _lastScale))
                        {
                            return false;
                        }

                        _group = word.Value;
                        _groupHas = true;
                        _groupFromDigits = false;
                    }

                    _weakOnly &= word.Weak;
                    break;

                case NumberWordRole.Scale:
                    if (_huge)
                    {
                        return !PendingAnd; // past decimal range already: more scale words only make it larger
                    }

                    if (!PendingAnd && _endsWithScale && word.Value >= _lastScale && !_summed)
                    {
                        if (_total > decimal.MaxValue / word.Value)
                        {
                            _huge = true;
                            _terms++;
                            return true;
                        }

                        // «ده هزار میلیارد»: a larger scale right after a scale multiplies all before it
                        _total *= word.Value;
                        _fractionResolution *= word.Value;
                        _lastScale = word.Value;
                        _terms++;
                        Ordinal = word.Ordinal;
                        return true;
                    }

                    // «هزار و دویست میلیارد»: a scale larger than the whole amount before it multiplies all of it
                    if (!PendingAnd && _groupHas && _total > 0 && word.Value > _lastScale && _total + _group < word.Value)
                    {
                        var whole = _total + _group;
                        return whole > decimal.MaxValue / word.Value ? Huge() : Scaled(whole * word.Value, word);
                    }

                    // «هزار میلیارد هزار میلیارد»: a scale after a scale with no number between starts a new amount
                    if (PendingAnd || word.Value >= _lastScale || (_total > 0 && !_groupHas))
                    {
                        return false;
                    }

                    var multiplier = _groupHas ? _group : 1;
                    if (multiplier > (decimal.MaxValue - _total) / word.Value)
                    {
                        return Huge(); // ۹۹۹...۹ هزار میلیارد: open above, never a crash or a dropped word
                    }

                    _summed = _total > 0;
                    return Scaled(_total + (multiplier * word.Value), word);

                case NumberWordRole.Half:
                    if (PendingAnd && _groupHas && _total == 0 && _fractionResolution == 0 && decimal.Truncate(_group) == _group)
                    {
                        _group += 0.5m; // یک و نیم
                    }
                    else if (!_groupHas && !PendingAnd && _total == 0 && NextIsScale(t, j + length, lex))
                    {
                        _group = 0.5m; // نیم میلیون
                        _groupHas = true;
                    }
                    else
                    {
                        return false;
                    }

                    // «یک و نیم میلیون» commits to one decimal, as «۱.۵ میلیون» does
                    _fractionResolution = 0.1m;
                    _approximate = true;
                    _weakOnly = false;
                    break;

                default:
                    return false;
            }

            _terms++;
            _endsWithScale = false;
            Ordinal = word.Ordinal;
            return true;
        }

        public readonly Cardinal Finish(int start)
        {
            var group = _groupHas ? _group : 0;
            if (_huge || _total > decimal.MaxValue - group)
            {
                return new Cardinal(start, End, DigitsParser.HugeFloor, 1, true, false, 0, false, DigitsParser.HugeFloor, null);
            }

            var value = _total + group;
            decimal resolution;
            if (_fractionResolution > 0)
            {
                resolution = _fractionResolution;
            }
            else
            {
                resolution = 1;
                var rest = value;
                while (rest >= 10 && rest % 10 == 0)
                {
                    rest /= 10;
                    resolution *= 10;
                }
            }

            var trailingScale = _endsWithScale ? _lastScale : 0;
            return new Cardinal(start, End, value, resolution, _approximate, Ordinal, trailingScale, _weakOnly && _terms == 1);
        }

        private static bool NextIsScale(TokenizedText t, int j, NumberLexicon lex) =>
            j < t.Count && lex.Words.TryMatch(t, j, out var next, out _) && next.Role == NumberWordRole.Scale;

        // The place of the last non-zero digit: after 120 only units may follow (صد و بیست و یک).
        private static decimal Place(decimal group)
        {
            if (group == 0)
            {
                return 1;
            }

            decimal place = 1;
            var rest = group;
            while (rest % 10 == 0)
            {
                rest /= 10;
                place *= 10;
            }

            return place;
        }
    }
}

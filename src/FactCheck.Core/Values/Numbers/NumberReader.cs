using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Values.Numbers;

/// <summary>
/// Reads one amount at a token: an optional qualifier (بیش از)، a cardinal, a range (۱۰ تا ۱۵ هزار)،
/// percent, a unit (تن، هکتار، نفر) and a trailing qualifier (و اندی). The span covers all of it.
/// </summary>
internal sealed class NumberReader(NumberLexicon lex)
{
    public bool TryRead(TokenizedText t, int start, out Quantity? quantity, out int next)
    {
        quantity = null;
        next = start;
        var i = start;
        var qualifier = Qualifier.Exact;
        var opensRange = false;
        if (lex.Qualifiers.TryMatch(t, i, out var q, out var length))
        {
            qualifier = q;
            i += length;
        }
        else if (lex.RangeOpeners.TryMatch(t, i, out _, out length))
        {
            opensRange = true;
            i += length;
        }

        if (i >= t.Count || (i > start && !t.Continues(i)))
        {
            return false;
        }

        var leadingPercent = IsPercentBeforeDigits(t, i);
        if (leadingPercent)
        {
            i++;
        }

        if (t.Tokens[i].Kind == TokenKind.Digits && DigitsParser.Read(t.TextOf(i)) is { Shape: DigitsShape.Range } dashed)
        {
            return Finish(t, start, i + 1, Range(dashed.Groups[0], dashed.Groups[1]) with { Percent = leadingPercent }, qualifier, out quantity, out next);
        }

        // «نیمی از ساکنان»: a part of a whole, as a share
        if (!leadingPercent && !opensRange && t.Tokens[i].Kind == TokenKind.Word && lex.PartWords.TryMatch(t, i, out var part, out length) && t.Is(i + length, PersianNumberWords.Of)
            && t.Continues(i + length))
        {
            var share = ValueNames.Canonical(part * 100);
            return Finish(t, start, i + length, new Reading(ValueKind.Number, share, share, share, Percent: true), qualifier, out quantity, out next);
        }

        if (!CardinalParser.TryRead(t, i, lex, out var first))
        {
            return false;
        }

        var j = first.End;
        if (!first.Ordinal && !first.IsVague && Fraction.TryRead(t, first, lex, out var denominator, out var afterFraction))
        {
            // «دو سوم»، «یک چهارم»: a share of a whole; «هفت دهم درصد» a fraction of a percent
            var percentAfter = lex.Units.TryMatch(t, afterFraction, out var unitAfter, out _) && unitAfter.Unit == Unit.Percent && t.Continues(afterFraction);
            var nominal = percentAfter ? first.Value / denominator : first.Value * 100 / denominator;
            return Finish(t, start, afterFraction, new Reading(ValueKind.Number, nominal, nominal, nominal, Percent: !percentAfter), qualifier, out quantity, out next);
        }

        j = RepeatedNumber.Skip(t, first, lex, ref qualifier);
        if (!first.Ordinal && !first.IsVague && TryRangeEnd(t, j, opensRange, out var second))
        {
            var low = first.Value;
            if (SharesScale(first, second))
            {
                low *= second.TrailingScale;
            }

            return Finish(t, start, second.End, Range(low, second.Value) with { Percent = leadingPercent }, qualifier, out quantity, out next);
        }

        if (opensRange)
        {
            return false; // «از ۱۰» alone: the opener was an ordinary word
        }

        if (leadingPercent && (first.Ordinal || first.IsVague))
        {
            return false;
        }

        if (first.IsVague)
        {
            var vague = new Reading(ValueKind.Number, null, first.VagueMin, first.VagueMax, Vague: true);
            // «ده‌ها» is about some tens; a figure past decimal range is known only from below
            return Finish(t, start, j, vague, first.VagueMax is null ? Qualifier.AtLeast : Qualifier.About, out quantity, out next);
        }

        if (first.Ordinal)
        {
            var ordinal = new Reading(ValueKind.Ordinal, first.Value, first.Value, first.Value, NoUnit: true);
            return Finish(t, start, j, ordinal, Qualifier.Exact, out quantity, out next);
        }

        // «و اندی» is part of the amount even after «بیش از»: consume it, so the unit after it is found
        if (lex.TrailingQualifiers.TryMatch(t, j, out var trailing, out length) && t.Continues(j))
        {
            qualifier = qualifier == Qualifier.Exact ? trailing : qualifier;
            j += length;
        }

        var (min, max) = QuantityBounds.Of(first, qualifier);
        var reading = new Reading(ValueKind.Number, first.Value, min, max, RequiresUnit: first.WeakAlone, Percent: leadingPercent);
        return Finish(t, start, j, reading, qualifier, out quantity, out next);
    }

    /// <summary>«٪۳۵»: the sign typed before the number and glued to it, as right-to-left keyboards leave it.</summary>
    public static bool IsPercentBeforeDigits(TokenizedText t, int i) =>
        t.IsSymbol(i, '%') && i + 1 < t.Count && t.Tokens[i + 1].Gap == TokenGap.None && t.Tokens[i + 1].Kind == TokenKind.Digits;

    /// <summary>
    /// A scale word after the second end covers the first (۱۰ تا ۱۵ هزار) when that keeps the range
    /// ascending, or when both ends are written alike (۱۵ تا ۱۰ هزار is 15,000 to 10,000, reversed);
    /// «۵۰۰ تا ۲ هزار» stays 500 to 2,000.
    /// </summary>
    private static bool SharesScale(Cardinal first, Cardinal second)
    {
        if (first.TrailingScale != 0 || second.TrailingScale == 0 || first.Value >= second.TrailingScale)
        {
            return false;
        }

        var beforeScale = second.Value / second.TrailingScale;
        return first.Value * second.TrailingScale <= second.Value || Digits(first.Value) == Digits(beforeScale);
    }

    private static int Digits(decimal value) => decimal.Truncate(value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    // Ends are kept as written: a reversed range (۱۵ تا ۱۰) is the checks' business, not ours.
    private static Reading Range(decimal low, decimal high) => new(ValueKind.Range, null, low, high);

    private bool TryRangeEnd(TokenizedText t, int j, bool opened, out Cardinal second)
    {
        second = default;
        if (j >= t.Count || !t.Continues(j))
        {
            return false;
        }

        int length;
        if (lex.RangeWords.TryMatch(t, j, out _, out length) || (opened && t.Is(j, "و")))
        {
            length = length == 0 ? 1 : length;
        }
        else if (t.IsSymbol(j, '-') || t.IsSymbol(j, '–'))
        {
            length = 1;
        }
        else
        {
            return false;
        }

        return j + length < t.Count && t.Continues(j + length)
            && CardinalParser.TryRead(t, j + length, lex, out second) && !second.Ordinal && !second.IsVague;
    }

    private bool Finish(TokenizedText t, int start, int end, Reading reading, Qualifier qualifier, out Quantity? quantity, out int next)
    {
        quantity = null;
        next = end;
        Unit? unit = null;
        var factor = 1m;
        var kind = reading.Kind;
        if (reading.Percent)
        {
            unit = Unit.Percent;
        }
        else if (end < t.Count && t.IsSymbol(end, '%') && !reading.NoUnit)
        {
            unit = Unit.Percent;
            end++;
        }
        else if (!reading.NoUnit && end < t.Count && t.Continues(end) && lex.Units.TryMatch(t, end, out var unitWord, out var length))
        {
            unit = unitWord.Unit;
            factor = unitWord.Factor;
            if (unit == Unit.Tonne && factor == 1 && TonneOrPeople.CountsPeople(t, lex, start, end + length, reading.Vague))
            {
                unit = Unit.Person; // ۲۰ تن کشته شدند، کشته شدن ۲۰ تن: تن counts people here
            }

            end += length;
        }

        if (unit is null && reading.RequiresUnit)
        {
            return false;
        }

        if (unit == Unit.Percent && kind == ValueKind.Number)
        {
            kind = ValueKind.Percent;
        }

        next = end;
        quantity = new Quantity(
            kind,
            t.OriginalSpan(start, end - 1),
            reading.Nominal * factor,
            reading.Min * factor,
            reading.Max * factor,
            unit,
            qualifier);
        return true;
    }

    private readonly record struct Reading(
        ValueKind Kind,
        decimal? Nominal,
        decimal? Min,
        decimal? Max,
        bool NoUnit = false,
        bool RequiresUnit = false,
        bool Percent = false,
        bool Vague = false);
}

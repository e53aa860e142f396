namespace FactCheck.Values.Numbers;

/// <summary>Reads a <see cref="Text.TokenKind.Digits"/> token (ASCII digits after normalization).</summary>
internal static class DigitsParser
{
    // 28 digits fit a decimal; a longer run is still an amount, known only to be at least HugeFloor.
    private const int MaxDigits = 28;

    /// <summary>The least a run of more than <see cref="MaxDigits"/> digits can mean.</summary>
    public static readonly decimal HugeFloor = Pow10(MaxDigits);

    public static DigitsReading Read(ReadOnlySpan<char> s)
    {
        Span<int> starts = stackalloc int[8];
        Span<int> ends = stackalloc int[8];
        var groups = 0;
        var separator = '\0';
        var mixed = false;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                continue;
            }

            if (groups == starts.Length)
            {
                return DigitsReading.None;
            }

            starts[groups] = start;
            ends[groups] = i;
            groups++;
            if (i < s.Length)
            {
                var sep = s[i] == '\u060C' ? ',' : s[i];
                if (separator != '\0' && sep != separator)
                {
                    mixed = true;
                }

                separator = sep;
            }

            start = i + 1;
        }

        if (groups == 1)
        {
            return Integer(s, 0);
        }

        if (mixed)
        {
            return DigitsReading.None;
        }

        var lengths = new int[groups];
        var values = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            lengths[g] = ends[g] - starts[g];
            values[g] = lengths[g] <= 9 ? int.Parse(s[starts[g]..ends[g]], provider: null) : int.MaxValue;
        }

        switch (separator)
        {
            case ',':
                return Integer(s, 0); // the tokenizer only keeps commas before three-digit groups
            case '.' when groups == 2 && lengths[1] == 3 && values[1] == 0:
                return Integer(s, 0); // «5.000»: nobody writes three zero decimals, a thousands point
            case '.' when groups == 2:
            case '/' when groups == 2 && lengths[0] <= 3 && lengths[1] <= 3:
                return Decimal(s, ends[0], starts[1]);
            case '.' when AllThreeDigitGroups(lengths):
                return Integer(s, 0);
            case ':' when groups == 2 && lengths[0] <= 2 && lengths[1] == 2 && values[0] <= 24 && values[1] < 60:
                return new DigitsReading(DigitsShape.Time, 0, 0, values, ':');
            case '/' or '-' or '.' when groups == 3:
                return new DigitsReading(DigitsShape.Date, 0, 0, values, separator);
            case '-' when groups == 2:
                return new DigitsReading(DigitsShape.Range, 0, 0, values, '-');
            default:
                return DigitsReading.None;
        }
    }

    private static bool AllThreeDigitGroups(int[] lengths)
    {
        for (var g = 1; g < lengths.Length; g++)
        {
            if (lengths[g] != 3)
            {
                return false;
            }
        }

        return lengths[0] is >= 1 and <= 3;
    }

    private static DigitsReading Integer(ReadOnlySpan<char> s, int from)
    {
        decimal value = 0;
        var digits = 0;
        var trailingZeros = 0;
        for (var i = from; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                continue;
            }

            if (++digits > MaxDigits)
            {
                return new DigitsReading(DigitsShape.Huge, HugeFloor, 1, [], '\0');
            }

            var d = s[i] - '0';
            value = (value * 10) + d;
            trailingZeros = d == 0 ? trailingZeros + 1 : 0;
        }

        return new DigitsReading(DigitsShape.Integer, value, Pow10(value == 0 ? 0 : trailingZeros), [], '\0');
    }

    private static DigitsReading Decimal(ReadOnlySpan<char> s, int integerEnd, int fractionStart)
    {
        var whole = Integer(s[..integerEnd], 0).Value;
        var fraction = s[fractionStart..];
        decimal scale = 1;
        decimal part = 0;
        foreach (var c in fraction)
        {
            scale /= 10;
            part += (c - '0') * scale;
        }

        return new DigitsReading(DigitsShape.Decimal, whole + part, scale, [], '.');
    }

    public static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}

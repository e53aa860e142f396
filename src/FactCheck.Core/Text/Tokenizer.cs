namespace FactCheck.Text;

/// <summary>Splits normalized text into tokens in one forward pass, with no backtracking.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Value;
        // Persian news averages five to six characters a token with its space: size for the short end, no regrowth.
        var tokens = new List<Token>((s.Length / 4) + 4);
        var gap = TokenGap.None;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                gap = gap == TokenGap.LineBreak || gap == TokenGap.Paragraph ? TokenGap.Paragraph : TokenGap.LineBreak;
                i++;
                continue;
            }

            if (c == ' ')
            {
                if (gap < TokenGap.Space)
                {
                    gap = TokenGap.Space;
                }

                i++;
                continue;
            }

            if (c == PersianChars.ZeroWidthNonJoiner)
            {
                if (gap < TokenGap.Joiner)
                {
                    gap = TokenGap.Joiner;
                }

                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (PersianChars.IsDigit(c))
            {
                kind = TokenKind.Digits;
                i = ScanDigits(s, i);
            }
            else if (c is 'h' or 'H' or 'w' or 'W' && IsLinkStart(s, i))
            {
                kind = TokenKind.Link;
                while (i < s.Length && s[i] is not (' ' or '\n'))
                {
                    i++;
                }
            }
            else if (PersianChars.IsLetter(c))
            {
                kind = TokenKind.Word;
                while (i < s.Length && PersianChars.IsLetter(s[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1;
            }

            tokens.Add(new Token(kind, start, i, gap));
            gap = TokenGap.None;
        }

        return tokens;
    }

    // A separator belongs to a number only when a digit follows it; a thousands comma only
    // when exactly three digits follow, so that "10،20" stays two numbers.
    private static int ScanDigits(string s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (PersianChars.IsDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (!PersianChars.IsDigit(next))
            {
                break;
            }

            if (c is ',' or PersianChars.ArabicComma)
            {
                if (!IsThreeDigitGroup(s, i + 1))
                {
                    break;
                }
            }
            else if (c is not ('.' or '/' or ':' or '-'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static bool IsThreeDigitGroup(string s, int start)
    {
        var end = start;
        while (end < s.Length && PersianChars.IsDigit(s[end]))
        {
            end++;
        }

        return end - start == 3;
    }

    private static bool IsLinkStart(string s, int i)
    {
        var rest = s.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }
}

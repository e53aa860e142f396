using System.Buffers;
using System.Runtime.CompilerServices;

namespace FactCheck.Text;

/// <summary>Splits normalized text into tokens in one forward pass, with no backtracking.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text.Chars, out var count);
        var result = tokens[..count];
        ArrayPool<Token>.Shared.Return(tokens);
        return result;
    }

    /// <summary>Tokens into a pooled buffer (the caller returns it); <paramref name="count"/> of them are filled.</summary>
    internal static Token[] Tokenize(ReadOnlySpan<char> s, out int count)
    {
        // Persian news averages five to six characters a token with its space: sized for the short end.
        var tokens = ArrayPool<Token>.Shared.Rent((s.Length / 4) + 16);
        count = 0;
        var letters = PersianChars.Letters; // a local: a static read a character costs an init check
        var glue = GlueSplitter.Persian;
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
            else if (letters[c])
            {
                kind = TokenKind.Word;
                i = ScanWord(s, i + 1, letters);
            }
            else
            {
                kind = TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1;
            }

            if (count + 1 >= tokens.Length)
            {
                tokens = Grow(tokens);
            }

            var hash = WordMap.Hash(s[start..i]);
            if (kind == TokenKind.Word && glue.HeadLength(s[start..i], hash) is var head and > 0)
            {
                // «نفرزخمی»: two lexicon words that lost their space, read as two words glued
                tokens[count++] = new Token(kind, start, start + head, gap, WordMap.Hash(s[start..(start + head)]));
                gap = TokenGap.None;
                start += head;
                hash = WordMap.Hash(s[start..i]);
            }

            tokens[count++] = new Token(kind, start, i, gap, hash);
            gap = TokenGap.None;
        }

        return tokens;
    }

    private static Token[] Grow(Token[] tokens)
    {
        var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
        tokens.CopyTo(larger, 0);
        ArrayPool<Token>.Shared.Return(tokens);
        return larger;
    }

    // The hot loop of the whole pipeline: one table read a character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWord(ReadOnlySpan<char> s, int i, ReadOnlySpan<bool> letters)
    {
        while (i < s.Length && letters[s[i]])
        {
            i++;
        }

        return i;
    }

    // A separator belongs to a number only when a digit follows it; a thousands comma only
    // when exactly three digits follow, so that "10،20" stays two numbers.
    private static int ScanDigits(ReadOnlySpan<char> s, int i)
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

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> s, int start)
    {
        var end = start;
        while (end < s.Length && PersianChars.IsDigit(s[end]))
        {
            end++;
        }

        return end - start == 3;
    }

    private static bool IsLinkStart(ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }
}

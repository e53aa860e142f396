using FactCheck.Text;

namespace FactCheck.Tests.Text;

public sealed class TokenizerTests
{
    private static (string Text, TokenKind Kind, TokenGap Gap)[] Tokens(string input)
    {
        var t = TokenizedText.From(input);
        return [.. Enumerable.Range(0, t.Count).Select(i => (t.TextOf(i).ToString(), t.Tokens[i].Kind, t.Tokens[i].Gap))];
    }

    [Fact]
    public void Splits_words_at_joiners_and_remembers_the_joiner()
    {
        var tokens = Tokens("ده‌ها نفر");
        Assert.Equal([("ده", TokenKind.Word, TokenGap.None), ("ها", TokenKind.Word, TokenGap.Joiner), ("نفر", TokenKind.Word, TokenGap.Space)], tokens);
    }

    [Theory]
    [InlineData("48,000", "48,000")]
    [InlineData("1،500", "1،500")]
    [InlineData("۱۴۰۰/۰۸/۱۰", "1400/08/10")]
    [InlineData("۲۳:۵۶", "23:56")]
    [InlineData("۱.۵", "1.5")]
    public void Keeps_separators_inside_numbers(string input, string expected) =>
        Assert.Equal(expected, Tokens(input)[0].Text);

    [Fact]
    public void A_comma_not_before_three_digits_separates_two_numbers() =>
        Assert.Equal(["10", "،", "20"], Tokens("۱۰،۲۰").Select(t => t.Text));

    [Fact]
    public void A_sentence_end_period_is_not_a_decimal_point() =>
        Assert.Equal(["سال", "2020", "."], Tokens("سال ۲۰۲۰.").Select(t => t.Text));

    [Fact]
    public void Digits_glued_to_words_are_separate_tokens()
    {
        var tokens = Tokens("هزار۲۸۶");
        Assert.Equal([("هزار", TokenKind.Word, TokenGap.None), ("286", TokenKind.Digits, TokenGap.None)], tokens);
    }

    [Fact]
    public void Tells_a_line_break_from_a_blank_line()
    {
        var tokens = Tokens("قره\nباغ\n\nپوتین");
        Assert.Equal([TokenGap.None, TokenGap.LineBreak, TokenGap.Paragraph], tokens.Select(t => t.Gap));
    }

    [Fact]
    public void Links_are_one_token_so_their_digits_are_not_numbers() =>
        Assert.Equal(TokenKind.Link, Tokens("https://example.org/2020/11/09/x")[0].Kind);

    [Theory]
    [InlineData("نفرزخمی", "نفر|زخمی")]
    [InlineData("ازهفت", "از|هفت")]
    [InlineData("وحدود", "و|حدود")]
    [InlineData("هزارتن", "هزار|تن")]
    [InlineData("وزیر", "وزیر")]
    [InlineData("یکصد", "یکصد")]
    [InlineData("سینه", "سینه")]
    public void Splits_two_lexicon_words_that_lost_their_space(string input, string expected)
    {
        var tokens = Tokens(input);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(TokenGap.None, t.Gap));
    }
}

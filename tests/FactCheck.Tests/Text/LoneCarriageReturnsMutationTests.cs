using FactCheck.Text;

namespace FactCheck.Tests.Text;

/// <summary>Old Mac line ends become LF one for one; Windows CRLF and plain text are left as they are.</summary>
public sealed class LoneCarriageReturnsMutationTests
{
    [Theory]
    [InlineData("خبر اول\rخبر دوم", "خبر اول\nخبر دوم")]
    [InlineData("سطر پایانی\r", "سطر پایانی\n")] // a CR as the very last character
    [InlineData("\r\rدو سطر خالی", "\n\nدو سطر خالی")]
    [InlineData("ویندوز\r\nمک\rپایان", "ویندوز\r\nمک\nپایان")] // only the lone one changes, after a CRLF
    [InlineData("مک\rویندوز\r\n", "مک\nویندوز\r\n")] // and a CRLF after a lone one stays
    public void A_lone_carriage_return_becomes_a_line_feed_in_place(string text, string expected)
    {
        var converted = LoneCarriageReturns.ToLineFeeds(text);

        Assert.Equal(expected, converted);
        Assert.Equal(text.Length, converted.Length);
    }

    [Theory]
    [InlineData("بدون شکست سطر")]
    [InlineData("فقط\r\nویندوز\r\n")]
    [InlineData("")]
    public void Text_without_a_lone_carriage_return_is_returned_as_it_is(string text)
    {
        Assert.Same(text, LoneCarriageReturns.ToLineFeeds(text));
    }
}

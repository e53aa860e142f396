using FactCheck.Text;

namespace FactCheck.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("علي", "علی")]                 // Arabic yeh
    [InlineData("كشور", "کشور")]               // Arabic kaf
    [InlineData("۱۲۳", "123")]                 // Persian digits
    [InlineData("١٢٣٤٥٦", "123456")]           // Arabic-Indic digits (٤ ٥ ٦ differ in shape)
    [InlineData("قــره", "قره")]               // tatweel
    [InlineData("تقریباً", "تقریبا")]          // tanween dropped
    [InlineData("ژانویهٔ", "ژانویه")]          // hamza above dropped
    [InlineData("۴۸٬۰۰۰", "48,000")]           // Arabic thousands separator
    [InlineData("۱٫۵", "1.5")]                 // Arabic decimal separator
    [InlineData("۳۵٪", "35%")]
    [InlineData("a\u00A0b", "a b")]            // no-break space
    [InlineData("می\u200Fشود", "می\u200Cشود")] // RLM written for a joiner
    public void Folds(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Value);

    [Fact]
    public void Maps_every_normalized_offset_back_to_the_original()
    {
        const string original = "قــره باغً ۱۲";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("قره باغ 12", normalized.Value);
        var twelve = normalized.Value.IndexOf("12", StringComparison.Ordinal);
        var span = normalized.ToOriginal(new TextSpan(twelve, twelve + 2));
        Assert.Equal("۱۲", original[span.Start..span.End]);
        // A dropped mark at the end of a word stays with the word.
        var bagh = normalized.Value.IndexOf("باغ", StringComparison.Ordinal);
        var baghSpan = normalized.ToOriginal(new TextSpan(bagh, bagh + 3));
        Assert.Equal("باغً", original[baghSpan.Start..baghSpan.End]);
    }

    [Fact]
    public void Keeps_line_breaks_for_the_tokenizer() =>
        Assert.Equal("قره\nباغ", TextNormalizer.Normalize("قره\r\nباغ").Value.Replace(" ", "", StringComparison.Ordinal));
}

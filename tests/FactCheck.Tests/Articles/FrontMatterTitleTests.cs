using FactCheck.Articles;
using FactCheck.Text;

namespace FactCheck.Tests.Articles;

/// <summary>Where a front-matter title stands in its file: found only where the file holds it verbatim.</summary>
public sealed class FrontMatterTitleTests
{
    private const string File = "---\ntitle: \"abc\"\nx: 'de'\ny: fg\n---\n";

    [Theory]
    [InlineData(2, 8, "abc", 12, 15)]  // double-quoted: the characters inside the quotes
    [InlineData(3, 4, "de", 21, 23)]   // single-quoted
    [InlineData(4, 4, "fg", 28, 30)]   // plain
    [InlineData(4, 4, "f", 28, 29)]    // plain: the value is what the reader returned
    public void Finds_the_title_s_characters(int line, int column, string title, int start, int end) =>
        Assert.Equal(new TextSpan(start, end), FrontMatterTitle.Locate(File, line, column, title));

    [Theory]
    [InlineData(9, 1, "abc")]          // a line past the end
    [InlineData(5, 40, "abc")]         // a column past the end
    [InlineData(2, 8, "")]             // nothing to find
    [InlineData(2, 8, "abd")]          // not what the file holds (an escape was read)
    [InlineData(2, 8, "ab")]           // quoted, but the quote does not close after it
    [InlineData(3, 4, "d")]
    public void Finds_nothing_it_cannot_place(int line, int column, string title) =>
        Assert.Null(FrontMatterTitle.Locate(File, line, column, title));

    [Theory]
    [InlineData("title: \"abc\"", 1, 8, "abc")]   // the closing quote is the file's last character
    [InlineData("title: abc", 1, 8, "abc")]       // a plain title ending the file
    public void A_title_may_end_the_file(string text, int line, int column, string title) =>
        Assert.NotNull(FrontMatterTitle.Locate(text, line, column, title));

    [Theory]
    [InlineData("title: \"abc", 1, 8, "abc")]     // the quote never closes
    [InlineData("title: \"ab", 1, 8, "abc")]      // the file ends inside the title
    public void A_title_cut_short_is_not_placed(string text, int line, int column, string title) =>
        Assert.Null(FrontMatterTitle.Locate(text, line, column, title));
}

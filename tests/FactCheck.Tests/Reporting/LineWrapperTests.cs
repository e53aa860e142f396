using FactCheck.Reporting.Terminal;

namespace FactCheck.Tests.Reporting;

/// <summary>The console report's layout: where a line may break, what is isolated, what a column is.</summary>
public sealed class LineWrapperTests
{
    private static readonly LineWrapper Plain = new(20, (text, _) => text);

    [Theory]
    [InlineData("says 9 November 2020; more", new[] { "says", "9 November 2020;", "more" })]
    [InlineData("Shahrivar 1399 (22 August – 21 September 2020)", new[] { "Shahrivar 1399", "(22 August – 21 September 2020)" })]
    [InlineData("a «b c» d", new[] { "a", "«b c»", "d" })]
    [InlineData("x پایگاه خبری پیام (2026-03-03) says 3", new[] { "x", "پایگاه خبری پیام", "(2026-03-03)", "says", "3" })]
    [InlineData("نمونه الف: «۳» and", new[] { "نمونه الف:", "«۳»", "and" })]
    [InlineData("a  b c", new[] { "a  b", "c" })]
    [InlineData("path/to/a.txt:7:5 as of", new[] { "path/to/a.txt:7:5", "as", "of" })]
    public void Text_breaks_only_between_runs_that_may_part(string text, string[] runs) =>
        Assert.Equal(runs, UnbreakableRuns.Of(text));

    [Fact]
    public void A_run_wider_than_a_line_is_cut_between_words_never_after_a_number()
    {
        var runs = UnbreakableRuns.Of("«یک دو سه ۲۲ آبان چهار»", 8);

        Assert.Equal(["«یک دو", "سه ۲۲ آبان", "چهار»"], runs);
    }

    [Fact]
    public void Fields_move_whole_to_the_next_line_and_hang_under_the_first()
    {
        var lines = Plain.Lay(2, 6, new("status"), new("2026-03-02"), new("a/b.txt:1:2")).ToList();

        Assert.Equal(["  status  2026-03-02", "      a/b.txt:1:2"], lines);
    }

    [Fact]
    public void A_field_too_long_for_a_line_continues_run_by_run()
    {
        var lines = Plain.Lay(0, 2, new LineWrapper.Field("error: one two three four five six")).ToList();

        Assert.Equal(["error: one two three", "  four five six"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 20, l));
    }

    [Fact]
    public void Gap_and_pad_set_the_spaces_between_fields()
    {
        var lines = Plain.Lay(0, 0, new("✓"), new("ok", Gap: 1, Pad: 4), new("x")).ToList();

        Assert.Equal(["✓ ok    x"], lines);
    }

    [Fact]
    public void Colour_wraps_each_fields_part_of_a_line()
    {
        var wrapper = new LineWrapper(12, (text, code) => $"<{code}>{text}</>");

        var lines = wrapper.Lay(0, 0, new LineWrapper.Field("aaaa bbbb cccc", "r")).ToList();

        Assert.Equal(["<r>aaaa bbbb</>", "<r>cccc</>"], lines);
    }

    [Fact]
    public void Persian_runs_are_isolated_with_the_brackets_and_punctuation_around_them_outside()
    {
        Assert.Equal("(\u2068پرسون\u2069),", BidiIsolation.Isolate("(پرسون),"));
        Assert.Equal("\u2068«۴۴ روزه»\u2069", BidiIsolation.Isolate("«۴۴ روزه»"));
        Assert.Equal("(2026-03-03)", BidiIsolation.Isolate("(2026-03-03)"));
        Assert.Equal(["x  \u2068پایگاه خبری\u2069 (2026)"], new LineWrapper(40, (t, _) => t).Lay(0, 0, new("x"), new("پایگاه خبری (2026)")));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("کشته‌شدگان", 9)] // the joiner takes no column
    [InlineData("\u2068پل\u2069", 2)]
    [InlineData("✗ ⚠ ℹ", 5)]
    public void A_column_is_a_visible_character(string text, int columns) =>
        Assert.Equal(columns, DisplayWidth.Of(text));
}

using System.Text.Json;

namespace FactCheck.Tests.Cli;

public sealed class ScanCommandTests
{
    [Fact]
    public void Prints_one_json_object_per_input_line()
    {
        var result = FactCheckProcess.Run(["scan"], "بیش از ۴۸ هزار نفر\nهیچ عددی نیست\n");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        var value = Assert.Single(first.RootElement.GetProperty("values").EnumerateArray());
        Assert.Equal("number", value.GetProperty("kind").GetString());
        Assert.Equal("بیش از ۴۸ هزار نفر", value.GetProperty("text").GetString());
        Assert.Equal([0, 18], value.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(48000m, value.GetProperty("value").GetDecimal());
        Assert.Equal(48000m, value.GetProperty("min").GetDecimal());
        Assert.Equal(JsonValueKind.Null, value.GetProperty("max").ValueKind);
        Assert.Equal("person", value.GetProperty("unit").GetString());
        Assert.Equal("more-than", value.GetProperty("qualifier").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, second.RootElement.GetProperty("line").GetInt32());
        Assert.Empty(second.RootElement.GetProperty("values").EnumerateArray());
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset_and_exits_2()
    {
        byte[] input = [.. "سلام\n۱۲"u8.ToArray(), 0xFF, .. "\n"u8.ToArray()];

        var result = FactCheckProcess.Run(["scan"], input);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("invalid UTF-8 at byte offset 13", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("<stdin>:2:3", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void A_bad_option_exits_2()
    {
        var result = FactCheckProcess.Run(["scan", "--format", "xml"], string.Empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_shows_line_column_and_the_quoted_text()
    {
        var result = FactCheckProcess.Run(["scan", "--format", "text"], "روسیه ۸۰۰ تن مصالح\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1:7\tnumber\t800 [750 .. 850] t exact\t«۸۰۰ تن»\n", result.Stdout);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var result = FactCheckProcess.Run(["scan", "--help"], string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.Json;
using FactCheck.Reporting;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Reporting;

/// <summary>A date's time of day reaches both the text and the JSON a user reads.</summary>
public sealed class ValueFormatTests
{
    private static readonly DateOnly Published = new(2020, 11, 20);

    private static (string Text, DateValue Date) Date(string input) =>
        (input, Assert.IsType<DateValue>(Assert.Single(ValueRecognizer.Persian.Recognize(input, Published))));

    [Theory]
    [InlineData("ساعت ۱۴:۳۰ روز ۲۱ آبان", " at 14:30")]
    [InlineData("ساعت ۱۷ عصر دوشنبه", " at 17:-- afternoon")]
    [InlineData("شامگاه یکشنبه", " at evening")]
    [InlineData("۲۱ آبان", "relative")] // no time named: nothing after the calendar
    public void Text_names_the_time_of_a_date(string input, string ending)
    {
        var (_, date) = Date(input);

        Assert.EndsWith(ending, ValueText.Describe(date), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ساعت ۱۴:۳۰ روز ۲۱ آبان", 14, 30, null)]
    [InlineData("ساعت ۱۷ عصر دوشنبه", 17, null, "afternoon")]
    [InlineData("شامگاه یکشنبه", null, null, "evening")]
    public void Json_carries_the_time_of_a_date(string input, int? hour, int? minute, string? part)
    {
        var (text, date) = Date(input);

        var time = Written(date, text).GetProperty("time");

        Assert.Equal(hour, time.GetProperty("hour").ValueKind == JsonValueKind.Null ? null : time.GetProperty("hour").GetInt32());
        Assert.Equal(minute, time.GetProperty("minute").ValueKind == JsonValueKind.Null ? null : time.GetProperty("minute").GetInt32());
        Assert.Equal(part, time.GetProperty("part").GetString());
    }

    [Fact]
    public void Json_has_no_time_when_the_text_names_none()
    {
        var (text, date) = Date("۲۱ آبان ۱۳۹۹");

        Assert.False(Written(date, text).TryGetProperty("time", out _));
    }

    private static JsonElement Written(Value value, string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value, text);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }
}

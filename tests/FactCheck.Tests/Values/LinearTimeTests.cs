using System.Text;
using FactCheck.Tests.Fixtures;
using FactCheck.Values;

namespace FactCheck.Tests.Values;

/// <summary>
/// Not a speed target (those live in the benchmarks): a guard against super-linear blow-ups on
/// one huge line, measured as a ratio so that a noisy shared machine cannot fail it.
/// </summary>
public sealed class LinearTimeTests
{
    [Fact]
    public void A_ten_megabyte_single_line_costs_about_ten_times_a_one_megabyte_line()
    {
        var small = Line(1_000_000);
        var large = Line(10_000_000);
        ValueRecognizer.Persian.Recognize(small); // warm up

        var smallTime = Timing.Median(() => ValueRecognizer.Persian.Recognize(small));
        var largeTime = Timing.Median(() => ValueRecognizer.Persian.Recognize(large));

        // Linear is 10x; quadratic would be 100x. 30x leaves room for GC and a busy machine.
        Assert.True(largeTime < smallTime * 30, $"1 MB: {smallTime} ms, 10 MB: {largeTime} ms");
        Assert.True(ValueRecognizer.Persian.Recognize(large).Count > 100_000);
    }

    [Fact]
    public void Pathological_runs_stay_linear()
    {
        // Long chains that a backtracking parser would retry: «و» after «و», digits after digits.
        var chain = string.Concat(Enumerable.Repeat("و ", 500_000)) + string.Concat(Enumerable.Repeat("۱،", 500_000));
        var values = ValueRecognizer.Persian.Recognize(chain);
        Assert.Equal(500_000, values.Count);
    }

    [Fact]
    public void The_real_copy_forms_stay_linear()
    {
        // Glued words, decimal commas, spoken decimals, times, bracketed dates and تن with its look-around, on one line.
        const string sentence = "وحدود ۶۲۰تن جان باختند و ۷،۳ ریشتر، چهار و هفت دهم و سه ممیز پنج، ساعت ۲۱ و ۴۸ دقیقه شامگاه یکشنبه (۲۱ آبان ۹۶) و دو سوم و یک و یک و ( ";
        var small = Line(1_000_000, sentence);
        var large = Line(10_000_000, sentence);
        var published = new DateOnly(2017, 11, 20);
        ValueRecognizer.Persian.Recognize(small, published); // warm up

        var smallTime = Timing.Median(() => ValueRecognizer.Persian.Recognize(small, published));
        var largeTime = Timing.Median(() => ValueRecognizer.Persian.Recognize(large, published));

        Assert.True(largeTime < smallTime * 30, $"1 MB: {smallTime} ms, 10 MB: {largeTime} ms");
    }

    private static string Line(int chars, string sentence = "روسیه بیش از ۱.۵ میلیون تن محموله و ۲۲ هزار و 400 نفر و چهل و هشت هزار هکتار، ")
    {
        var builder = new StringBuilder(chars + sentence.Length);
        while (builder.Length < chars)
        {
            builder.Append(sentence);
        }

        return builder.ToString();
    }
}

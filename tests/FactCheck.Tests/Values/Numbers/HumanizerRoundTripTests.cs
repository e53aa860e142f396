using System.Globalization;
using FactCheck.Values;
using Humanizer;

namespace FactCheck.Tests.Values.Numbers;

/// <summary>
/// Humanizer writes Persian number words with no help from us: every number it writes must read back.
/// Slow and exhaustive, kept apart from the table tests.
/// </summary>
public sealed class HumanizerRoundTripTests
{
    private static readonly CultureInfo Persian = new("fa");

    [Fact]
    public void Every_number_up_to_ten_thousand_reads_back()
    {
        var failures = new List<string>();
        for (long n = 0; n <= 10_000; n++)
        {
            Check(n, failures);
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void A_hundred_thousand_random_numbers_up_to_a_trillion_read_back()
    {
        var random = new Random(20201109); // seeded: a failure can be replayed
        var failures = new List<string>();
        for (var i = 0; i < 100_000; i++)
        {
            Check(random.NextInt64(0, 1_000_000_000_001), failures);
        }

        Check(1_000_000_000_000, failures);
        Assert.Empty(failures);
    }

    private static void Check(long n, List<string> failures)
    {
        var words = n.ToWords(Persian);
        var values = ValueRecognizer.Persian.Recognize(words);
        var read = values.Count == 1 && values[0] is Quantity q && q.Span.Start == 0 && q.Span.End == words.Length ? q.Nominal : null;
        // «یک» ("a") and «نه» ("not") alone are ordinary words unless a unit follows: read them in company.
        if (n is 1 or 9)
        {
            read = ValueRecognizer.Persian.Recognize(words + " نفر") is [Quantity one] ? one.Nominal : null;
        }

        if (read != n && failures.Count < 20)
        {
            failures.Add($"{n}: «{words}» read as {read?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
        }
    }
}

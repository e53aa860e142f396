using FactCheck.Consistency;

namespace FactCheck.Tests.Consistency;

public sealed class CoverageTreeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(100)]
    public void Agrees_with_counting_every_point_as_intervals_come_and_go(int points)
    {
        var random = new Random(points);
        var tree = new CoverageTree(points);
        var counts = new int[points];
        var live = new List<(int From, int To)>();
        for (var step = 0; step < 2000; step++)
        {
            var add = live.Count == 0 || random.Next(3) > 0;
            var (from, to) = add ? Interval(random, points) : live[random.Next(live.Count)];
            if (add)
            {
                live.Add((from, to));
            }
            else
            {
                live.Remove((from, to));
            }

            tree.Add(from, to, add ? +1 : -1);
            for (var p = from; p <= to; p++)
            {
                counts[p] += add ? 1 : -1;
            }

            var max = counts.Max();
            Assert.Equal(max, tree.Max);
            if (max > 0)
            {
                Assert.Equal(Array.IndexOf(counts, max), tree.MostCovered());
            }
        }
    }

    private static (int From, int To) Interval(Random random, int points)
    {
        var a = random.Next(points);
        var b = random.Next(points);
        return (Math.Min(a, b), Math.Max(a, b));
    }
}

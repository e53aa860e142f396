using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Tests.Consistency;

/// <summary>Which claims of one day speak of one moment.</summary>
public sealed class SameMomentTests
{
    private static string Groups(params (string Name, int? From, int? To)[] claims) =>
        string.Join(" | ", SameMoment.Groups(claims, c => c.From is { } f ? new ClockRange(f, c.To!.Value) : null)
            .Select(g => string.Join(',', g.Select(c => c.Name))));

    [Fact]
    public void Untimed_claims_are_one_moment_and_timed_ones_chain_by_overlap_in_input_order() =>
        Assert.Equal("u1,u2 | c,a,b | d", Groups(("u1", null, null), ("c", 60, 200), ("a", 0, 120), ("u2", null, null), ("b", 180, 190), ("d", 300, 300)));

    [Fact]
    public void Times_that_only_follow_each_other_are_two_moments() =>
        Assert.Equal("a | b", Groups(("a", 0, 59), ("b", 60, 60)));

    [Fact]
    public void Touching_ends_are_one_moment() =>
        Assert.Equal("a,b", Groups(("a", 0, 60), ("b", 60, 90)));

    [Fact]
    public void No_claims_make_no_moment() =>
        Assert.Equal(string.Empty, Groups());

    [Fact]
    public void Only_timed_claims_make_no_empty_untimed_moment() =>
        Assert.Single(SameMoment.Groups([("a", 1)], c => new ClockRange(c.Item2, c.Item2)));
}

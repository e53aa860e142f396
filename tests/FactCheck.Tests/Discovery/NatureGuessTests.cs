using System.Text;
using FactCheck.Articles;
using FactCheck.Discovery;
using FactCheck.Rules;

namespace FactCheck.Tests.Discovery;

public sealed class NatureGuessTests
{
    [Theory]
    // figures in publication order (one a day) -> the nature guessed
    [InlineData("38 112 240", FactNature.Cumulative)] // grows: a running total
    [InlineData("38 112 100 240", FactNature.Cumulative)] // two steps up, one down
    [InlineData("61 61 61", FactNature.Event)] // one value throughout
    [InlineData("240 112", FactNature.Event)] // falls: no running total
    [InlineData("38 112 100 90", FactNature.Event)] // one step up, two down
    [InlineData("38 112 100", FactNature.Event)] // one step up, one down: not growing
    [InlineData("38", FactNature.Event)]
    public void A_figure_that_grows_with_the_publication_date_is_a_running_total(string figures, FactNature nature)
    {
        var sightings = figures.Split(' ').SelectMany((f, day) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{day}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{day}\npublished: 2025-10-{10 + day}\n---\n{f} نفر کشته شدند.\n")))).ToList();

        Assert.Equal(nature, NatureGuess.Guess(sightings));
    }

    [Fact]
    public void Reports_published_at_the_same_moment_are_no_step()
    {
        // 12 then 40 on one day, 30 the next: only the step from the day's last report counts, and it falls.
        var sightings = new[] { ("2025-10-10", "۱۲"), ("2025-10-10", "۴۰"), ("2025-10-11", "۳۰") }.SelectMany((p, i) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{i}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{i}\npublished: {p.Item1}\n---\n{p.Item2} نفر کشته شدند.\n")))).ToList();

        Assert.Equal(3, sightings.Count);
        Assert.Equal(FactNature.Event, NatureGuess.Guess(sightings));
    }

    [Fact]
    public void A_reading_is_never_a_running_total_even_when_it_grows()
    {
        var sightings = new[] { ("2025-10-10", "۵.۱"), ("2025-10-11", "۶.۱") }.SelectMany((p, i) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{i}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{i}\npublished: {p.Item1}\n---\nزمین‌لرزه‌ای به بزرگی {p.Item2} ریشتر رخ داد.\n")))).ToList();

        Assert.Equal(2, sightings.Count);
        Assert.Equal(FactNature.Event, NatureGuess.Guess(sightings));
    }
}

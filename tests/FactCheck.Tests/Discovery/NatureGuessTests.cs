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
    [InlineData("38 38 112", FactNature.Cumulative)] // a figure repeated is no step down
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
        // 12 then 40 on one day, 40 the next: 12 to 40 is no step in time, and 40 to 40 none in figure.
        var sightings = new[] { ("2025-10-10", "۱۲"), ("2025-10-10", "۴۰"), ("2025-10-11", "۴۰") }.SelectMany((p, i) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{i}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{i}\npublished: {p.Item1}\n---\n{p.Item2} نفر کشته شدند.\n")))).ToList();

        Assert.Equal(3, sightings.Count);
        Assert.Equal(FactNature.Event, NatureGuess.Guess(sightings));
    }

    [Fact]
    public void Figures_with_no_publication_date_and_dates_are_left_out()
    {
        var undated = FactDiscoverer.Sightings(ArticleReader.Read("a/0.txt", Encoding.UTF8.GetBytes("۱۲ نفر کشته شدند. ۴۰ نفر کشته شدند.\n")));
        var dates = FactDiscoverer.Sightings(ArticleReader.Read("a/1.txt", Encoding.UTF8.GetBytes("---\npublished: 2025-10-12\n---\nزلزله ۱۸ مهر ۱۴۰۴ رخ داد.\n")));
        var dated = new[] { ("2025-10-10", "۱۲"), ("2025-10-11", "۴۰") }.SelectMany((p, i) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{i + 2}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{i}\npublished: {p.Item1}\n---\n{p.Item2} نفر کشته شدند.\n"))));

        Assert.Equal(2, undated.Count());
        Assert.Single(dates);
        Assert.Equal(FactNature.Event, NatureGuess.Guess([.. undated]));
        Assert.Equal(FactNature.Cumulative, NatureGuess.Guess([.. dates, .. undated, .. dated]));
    }

    [Fact]
    public void One_reading_among_the_figures_makes_it_an_event()
    {
        var counts = new[] { ("2025-10-10", "۱۲"), ("2025-10-11", "۴۰") }.SelectMany((p, i) => FactDiscoverer.Sightings(ArticleReader.Read(
            $"a/{i}.txt", Encoding.UTF8.GetBytes($"---\nsource: s{i}\npublished: {p.Item1}\n---\n{p.Item2} نفر کشته شدند.\n")))).ToList();
        var reading = FactDiscoverer.Sightings(ArticleReader.Read("a/r.txt", Encoding.UTF8.GetBytes("---\npublished: 2025-10-09\n---\nزمین‌لرزه‌ای به بزرگی ۱.۱ ریشتر رخ داد.\n")));

        Assert.Equal(FactNature.Cumulative, NatureGuess.Guess(counts));
        Assert.Equal(FactNature.Event, NatureGuess.Guess([.. reading, .. counts]));
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

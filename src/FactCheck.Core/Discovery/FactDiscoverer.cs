using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Discovery;

/// <summary>
/// Finds candidate facts no rule was written for: every figure and dated event of every article,
/// grouped by what it counts (<see cref="FactWordFinder"/>, folded by <see cref="FactWordFolder"/>),
/// kept when two or more sources report it, ranked by how many sources do and whether they disagree.
/// One pass over each article's tokens; grouping is one hash map.
/// </summary>
internal static class FactDiscoverer
{
    /// <summary>The kind of a date fact.</summary>
    public const string DateKind = "date";

    /// <summary>The kind of a figure counted bare or with a classifier (نفر، تن …).</summary>
    public const string CountKind = "count";

    /// <summary>Units that are readings on a scale: what they measure is the unit itself, whatever word stands near.</summary>
    private static readonly string[] ReadingKinds = [Unit.Richter.Code];

    /// <summary>The fewest sources a fact needs to be a candidate: one outlet alone cannot disagree with anyone.</summary>
    public const int MinimumSources = 2;

    /// <param name="claimed">Values rules already claim, by article path and start offset: left out, so only facts with no rule are found.</param>
    public static IReadOnlyList<CandidateFact> Discover(IReadOnlyList<Article> articles, IReadOnlySet<(string Path, int Start)>? claimed = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var sightings = articles.SelectMany(a => Sightings(a)).Where(s => claimed is null || !claimed.Contains((s.Path, s.Value.Span.Start)));
        var groups = sightings.GroupBy(s => s.Group, StringComparer.Ordinal)
            .Select(Candidate)
            .Where(c => c.Sources >= MinimumSources)
            .OrderByDescending(c => c.Sources)
            .ThenByDescending(c => c.Disagree)
            .ThenByDescending(c => c.Sightings.Count)
            .ThenBy(c => c.Kind + ":" + c.FactKey, StringComparer.Ordinal)
            .ToList();
        return [.. groups.Select((c, i) => c with { Rank = i + 1 })];
    }

    /// <summary>Every value of the article with a fact word, in text order.</summary>
    public static IEnumerable<Sighting> Sightings(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = new List<Sighting>();
        using var t = TokenizedText.From(article.Text, article.BodyStart);
        var values = ValueRecognizer.Persian.RecognizePlaced(t, article.Metadata.Published);
        var v = 0;
        foreach (var sentence in SentenceSplitter.Split(t))
        {
            var first = v;
            while (v < values.Count && values[v].FirstToken < sentence.End)
            {
                v++;
            }

            var inSentence = values.Skip(first).Take(v - first).ToList();
            for (var i = 0; i < inSentence.Count; i++)
            {
                if (InsideWord(t, inSentence[i]) || KindOf(t, inSentence[i]) is not { } kind)
                {
                    continue;
                }

                // A reading (ریشتر) is its own fact: grouped by the unit, cued by the word before it.
                var reading = ReadingKinds.Contains(kind);
                var word = reading
                    ? FactWordFinder.Before(t, sentence.First, inSentence, i) is { } noun ? (noun, WordSide.Before) : null
                    : FactWordFinder.Find(t, sentence.First, sentence.End, inSentence, i);
                if (word is null && (reading || kind is CountKind or DateKind))
                {
                    continue; // a figure with nothing to say what it counts is no fact
                }

                var value = inSentence[i].Value;
                var (line, column) = article.Lines.Locate(value.Span.Start);
                var sentenceSpan = t.OriginalSpan(sentence.First, sentence.End - 1);
                found.Add(new Sighting(
                    kind,
                    word is { } w && !reading ? FactWordFolder.Fold(w.Word) : string.Empty,
                    word?.Word ?? string.Empty,
                    word?.Side ?? WordSide.After,
                    value,
                    article.Path,
                    article.Metadata.Source ?? article.Path,
                    article.Metadata.Published,
                    article.Metadata.PublishedAt,
                    line,
                    column,
                    article.Text[value.Span.Start..value.Span.End],
                    article.Text[sentenceSpan.Start..sentenceSpan.End]));
            }
        }

        return found;
    }

    // What a value counts, before its words are read: dates written with a day, figures with a known unit.
    private static string? KindOf(TokenizedText t, PlacedValue placed) => placed.Value switch
    {
        DateValue { From: not null, Precision: DatePrecision.Day, Problem: DateProblem.None } d
            when !d.Relative || HasDigits(t, placed) => DateKind,
        Quantity { Kind: ValueKind.Number or ValueKind.Range, Unit: null or { Dimension: Dimension.People } } q when q.Nominal is not null => CountKind,
        Quantity { Kind: ValueKind.Number, Nominal: not null, Unit: { Dimension: not Dimension.Time } unit } => unit.Code,
        _ => null,
    };

    // «ده‌نار»، «ده‌باریک»: a number word joined to another word is part of a name, not a figure.
    private static bool InsideWord(TokenizedText t, PlacedValue placed)
    {
        var tokens = t.Tokens;
        return (placed.EndToken < tokens.Length && tokens[placed.EndToken].Gap == TokenGap.Joiner && tokens[placed.EndToken - 1].Kind == TokenKind.Word)
            || (tokens[placed.FirstToken].Gap == TokenGap.Joiner && tokens[placed.FirstToken].Kind == TokenKind.Word);
    }

    // «امروز» alone is no date a story reports; «۱۸ مهر» with no year is.
    private static bool HasDigits(TokenizedText t, PlacedValue placed)
    {
        var tokens = t.Tokens;
        for (var i = placed.FirstToken; i < placed.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Digits)
            {
                return true;
            }
        }

        return false;
    }

    // Values listed smallest first: figures by amount, dates by day.
    private static decimal Order(Value value) => value switch
    {
        Quantity q => q.Nominal ?? q.Min ?? 0,
        DateValue { From: { } day } => day.DayNumber,
        _ => 0,
    };

    private static CandidateFact Candidate(IGrouping<string, Sighting> group)
    {
        var sightings = group.ToList();
        var values = sightings.OrderBy(s => Order(s.Value)).Select(s => CandidateFact.Display(s.Value)).Distinct(StringComparer.Ordinal).ToList();
        var kind = sightings[0].Kind;
        var published = sightings.Select(s => s.Published).OfType<DateOnly>().ToList();
        return new CandidateFact(
            0,
            kind,
            sightings[0].FactKey,
            [.. sightings.GroupBy(s => s.Word, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)],
            sightings,
            sightings.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count(),
            values,
            values.Count > 1,
            kind == DateKind ? FactNature.Event : NatureGuess.Guess(sightings),
            published.Count > 0 ? published.Min() : null,
            published.Count > 0 ? published.Max() : null);
    }
}

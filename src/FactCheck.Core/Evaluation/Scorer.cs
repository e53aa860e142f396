using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Evaluation;

/// <summary>
/// Scores a run against a gold annotation. A claim matches a gold claim of the same article, line,
/// fact and value (the nominal amount, or the first day of a date), one to one. A finding at warning
/// or error is true when it disputes an article the gold says is wrong about that fact; notes are
/// not accusations and are not scored.
/// </summary>
public static class Scorer
{
    public static EvalScore Score(Gold gold, IReadOnlyList<ArticleClaims> articles, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(report);
        var found = articles.SelectMany(a => a.Claims).Where(c => gold.Facts.Contains(c.Rule)).ToList();
        var unmatched = found.ToHashSet();
        var missed = new List<GoldClaim>();
        var wrongAsOf = new List<(Claim, GoldClaim)>();
        var wrongAttribution = new List<(Claim, GoldClaim)>();
        int asOfChecked = 0, asOfRight = 0, attributionChecked = 0, attributionRight = 0;
        foreach (var expected in gold.Claims)
        {
            var match = found.FirstOrDefault(c => unmatched.Contains(c) && Matches(c, expected));
            if (match is null)
            {
                missed.Add(expected);
                continue;
            }

            unmatched.Remove(match);
            if (expected.AsOf is { } asOf)
            {
                asOfChecked++;
                if (AsOfAgrees(match, asOf, expected.AsOfHasTime))
                {
                    asOfRight++;
                }
                else
                {
                    wrongAsOf.Add((match, expected));
                }
            }

            if (expected.Attribution is { } attribution)
            {
                attributionChecked++;
                // Named by no one in the sentence, a figure is credited to the chain it reached the outlet through («به نقل از ایسنا»).
                if ((match.Speaker ?? match.Via) is { } speaker && (Fold(speaker).Contains(Fold(attribution), StringComparison.Ordinal) || Fold(attribution).Contains(Fold(speaker), StringComparison.Ordinal)))
                {
                    attributionRight++;
                }
                else
                {
                    wrongAttribution.Add((match, expected));
                }
            }
        }

        var reported = report.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        var falseFindings = reported.Where(f => !gold.Findings.Any(p => Hits(f, p))).ToList();
        var missedFindings = gold.Findings.Where(p => !reported.Any(f => Hits(f, p))).ToList();
        // A trap names articles whose claims must not be set against each other: a finding breaks it when
        // two of its claims (one article's two figures included) come from them and one of those is disputed.
        var violations = (
            from f in reported
            from pair in gold.MustNotFlag
            where f.Rule == pair.Fact
                && f.Claims.Count(c => pair.Articles.Contains(FileName(c.Path))) >= 2
                && f.Disputed.Any(c => pair.Articles.Contains(FileName(c.Path)))
            select (f, pair)).ToList();
        return new EvalScore(
            gold.Story,
            gold.Claims.Count,
            found.Count,
            found.Count - unmatched.Count,
            asOfChecked,
            asOfRight,
            attributionChecked,
            attributionRight,
            reported.Count,
            reported.Count - falseFindings.Count,
            gold.Findings.Count,
            gold.Findings.Count - missedFindings.Count,
            missed,
            [.. found.Where(unmatched.Contains)],
            wrongAsOf,
            falseFindings,
            missedFindings,
            violations,
            wrongAttribution) is var score && gold.Copies is { } copies ? Grouping(score, copies, articles, report) : score;
    }

    /// <summary>
    /// Grouping scored pair by pair: two articles the gold says carry one report (an original and a
    /// copy, or two copies of it) should share an origin, and no two others should.
    /// </summary>
    private static EvalScore Grouping(EvalScore score, IReadOnlyList<GoldCopies> copies, IReadOnlyList<ArticleClaims> articles, CheckReport report)
    {
        var expected = new HashSet<(string, string)>();
        foreach (var group in copies)
        {
            AddPairs(expected, [group.Original, .. group.Copies]);
        }

        var found = new HashSet<(string, string)>();
        foreach (var group in articles.GroupBy(a => report.Origins.Of(a.Path)?.Group ?? -1).Where(g => g.Key >= 0))
        {
            AddPairs(found, [.. group.Select(a => FileName(a.Path))]);
        }

        return score with
        {
            CopiesScored = true,
            CopyPairsExpected = expected.Count,
            CopyPairsFound = found.Count,
            CopyPairsMatched = found.Count(expected.Contains),
        };
    }

    private static void AddPairs(HashSet<(string, string)> pairs, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                pairs.Add(string.CompareOrdinal(names[i], names[j]) < 0 ? (names[i], names[j]) : (names[j], names[i]));
            }
        }
    }

    /// <summary>The last segment of a forward- or back-slashed path.</summary>
    public static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private static bool Matches(Claim claim, GoldClaim gold) =>
        claim.Rule == gold.Fact && claim.Line == gold.Line && FileName(claim.Path) == gold.Article && claim.Value switch
        {
            Quantity q => gold.Value is { } v && (q.Nominal ?? q.Min) == v,
            DateValue d => gold.Date is { } day && d.From == day,
            Duration d => gold.Value is { } v && (d.Nominal ?? d.Min) == v,
            _ => false,
        };

    // A day-only gold as-of is right when the day is; a timed one also needs the claim's time to hold it.
    private static bool AsOfAgrees(Claim claim, DateTimeOffset gold, bool goldHasTime)
    {
        if (claim.AsOf != DateOnly.FromDateTime(gold.DateTime))
        {
            return false;
        }

        if (!goldHasTime)
        {
            return true;
        }

        var minute = (gold.Hour * 60) + gold.Minute;
        return claim.AsOfTime is { } time && time.FromMinute <= minute && minute <= time.ToMinute;
    }

    private static bool Hits(Finding finding, GoldFinding planted) =>
        finding.Rule == planted.Fact && finding.Disputed.Any(c => planted.Disputed.Contains(FileName(c.Path)));

    private static string Fold(string text) => Text.TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}

using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Consistency;

/// <summary>
/// Lines up claims about the same fact (rule and key) across articles, adds the claims the rules say
/// follow from others, and reports every set of claims that cannot all be true, plus values wrong in
/// themselves. Grouping is one hash map; each fact is checked by sorting, so cost grows with claims.
/// </summary>
public static class ConsistencyChecker
{
    /// <param name="jobs">How many facts are checked at once (default: one per core). The result is the same for any value.</param>
    public static CheckReport Check(IReadOnlyList<ArticleClaims> articles, RuleSet rules, int? jobs = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(rules);
        var facts = new Dictionary<(string Rule, string Key), List<Claim>>();
        foreach (var claim in articles.SelectMany(a => a.Claims))
        {
            if (!facts.TryGetValue((claim.Rule, claim.Key), out var list))
            {
                facts[(claim.Rule, claim.Key)] = list = [];
            }

            list.Add(claim);
        }

        var implied = Implications.Derive(rules, facts).ToLookup(c => (c.Rule, c.Key));
        // Every fact with a claim, direct or implied, in a fixed order.
        var keys = facts.Keys.Union(implied.Select(g => g.Key))
            .Where(k => rules.Find(k.Item1) is not null)
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .ToArray();

        // Facts are independent: checked in parallel, each into its own slot, merged in key order.
        var perFact = new List<Finding>[keys.Length];
        var lined = new Fact[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs ?? Environment.ProcessorCount }, i =>
        {
            var (id, key) = keys[i];
            var rule = rules.Find(id)!;
            var claims = facts.GetValueOrDefault((id, key)) ?? [];
            perFact[i] = [.. CheckFact(rule, key, claims, [.. implied[(id, key)]])];
            lined[i] = new Fact(rule, key, [.. claims, .. implied[(id, key)]]);
        });
        var findings = perFact.SelectMany(f => f).ToList();

        findings.AddRange(articles.SelectMany(a => a.Flagged).Select(c =>
            ValueFinding(c, ValueChecks.Get(c.Rule).Severity, string.Empty)));
        var ordered = findings
            .DistinctBy(f => f.Fingerprint)
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .ThenBy(f => f.Claims[0].Path, StringComparer.Ordinal)
            .ThenBy(f => f.Claims[0].Span.Start)
            .ToList();
        var withoutClaims = articles.Where(a => a.Claims.Count == 0 && a.Flagged.Count == 0).Select(a => a.Path).Order(StringComparer.Ordinal).ToList();
        var summary = new CheckSummary(articles.Count, articles.Sum(a => a.Claims.Count), facts.Count, ordered.Count, withoutClaims);
        return new CheckReport(ordered, lined, summary);
    }

    /// <summary>
    /// Direct claims first: a disagreement among them is an error. Only if they agree are implied
    /// claims added; a conflict that needs them is a warning (it rests on an inference).
    /// </summary>
    private static IEnumerable<Finding> CheckFact(Rule rule, string key, List<Claim> direct, List<Claim> implied)
    {
        var conflicts = NatureChecks.Find(rule, Intervals(rule, direct)).ToList();
        var inferred = false;
        if (conflicts.Count == 0 && implied.Count > 0)
        {
            conflicts = [.. NatureChecks.Find(rule, Intervals(rule, [.. direct, .. implied]))];
            inferred = true;
        }

        Fingerprints.Ranked? ranked = null; // only a fact with a conflict pays for it
        foreach (var conflict in conflicts)
        {
            var involved = conflict.Dissenting.Concat(conflict.Agreeing).ToList();
            var kind = inferred ? FindingKind.ImpliedDisagreement
                : involved.Select(c => c.Path).Distinct().Count() == 1 ? FindingKind.SelfContradiction
                : conflict.Kind;
            // One against one, with one side inferred: the direct claim is the one to question.
            var shown = conflict.Agreeing.Count == conflict.Dissenting.Count && conflict.Dissenting.All(c => c.Derivation is not null)
                ? new Conflict(kind, conflict.Dissenting, conflict.Agreeing) { Tie = conflict.Tie }
                : conflict with { Kind = kind };
            // A tie disputes both sides: neither outweighs the other, so neither is "the" error.
            // (Not against an inference: there the direct claim is the one to question.)
            var tie = shown.Tie && kind != FindingKind.SelfContradiction && !involved.Any(c => c.Derivation is not null);
            // A tie keeps the fingerprint of the side found dissenting: a later corroborating source
            // turns the tie into a majority without making an accepted finding look new.
            var identifying = kind == FindingKind.CumulativeDecrease ? involved : shown.Dissenting;
            // A bounded sample of each side, nearest in time to the first disputed claim, which leads.
            var anchor = shown.Dissenting[0];
            List<Claim> disputedListed = [anchor, .. Nearest([.. shown.Dissenting.Skip(1)], anchor, Finding.MaxDisputedListed - 1)];
            var listed = Nearest(shown.Agreeing, anchor, Finding.MaxAgreeingListed);
            var agreeingOmitted = shown.Agreeing.Count - listed.Count;
            yield return new Finding(
                Fingerprints.Of(rule.Id, key, kind, identifying, ranked ??= new Fingerprints.Ranked([.. direct, .. implied])),
                rule.Id,
                key,
                kind,
                inferred || !Sound(rule, kind, shown) ? Severity.Warning : Severity.Error,
                FindingText.For(rule, shown),
                [.. disputedListed, .. listed],
                disputedListed.Count + (tie ? listed.Count : 0),
                tie ? 0 : agreeingOmitted,
                shown.Dissenting.Count - disputedListed.Count + (tie ? agreeingOmitted : 0),
                // Every disputed article stays in scope for --changed-since, listed or not.
                [.. shown.Dissenting.Concat(tie ? shown.Agreeing : listed).Select(c => c.Path).Distinct()]);
        }
    }

    /// <summary>
    /// Whether a conflict is sound enough to accuse: a falling total whose figures were counted less
    /// than a day apart, with no as-of phrase on both, may be an older figure repeated at a later hour
    /// (a warning to review, not an error).
    /// </summary>
    private static bool Sound(Rule rule, FindingKind kind, Conflict conflict)
    {
        if (kind == FindingKind.SelfContradiction && rule.ValueType == RuleValueType.Quantity)
        {
            // One article, two amounts for one fact and moment: most often a part and its whole
            // («۲۶ نفر در بیمارستان الف و ۷ نفر در بیمارستان ب») the wording did not show. Two dates
            // for one meeting have no such reading and stay an error.
            return false;
        }

        if (kind is FindingKind.SameDayMismatch or FindingKind.CumulativeDecrease
            && conflict.Dissenting.Concat(conflict.Agreeing).All(c => c.Speaker is not null)
            && !conflict.Dissenting.Any(d => conflict.Agreeing.Any(a => a.Speaker == d.Speaker)))
        {
            // the police's 31 and the ambulance service's 26 within the hour, Iran's border exits and
            // Kabul's returns: two bodies counting, maybe different things (one hospital's admissions,
            // one crossing); a reader should look, the gate should not fail
            return false;
        }

        if (kind != FindingKind.CumulativeDecrease)
        {
            return true;
        }

        var disputed = conflict.Dissenting[0];
        return conflict.Agreeing.All(other =>
            (disputed.AsOfBasis == AsOfBasis.Stated && other.AsOfBasis == AsOfBasis.Stated)
            || Math.Abs(NatureChecks.CountedFrom(disputed) - NatureChecks.CountedFrom(other)) >= ClockRange.MinutesPerDay);
    }

    /// <summary>
    /// The agreeing claims a report lists: all when few, else those nearest in time to the disputed
    /// claim (then by path and place), so a finding over thousands of sources stays readable and
    /// its size does not grow with the corpus.
    /// </summary>
    private static List<Claim> Nearest(IReadOnlyList<Claim> agreeing, Claim disputed, int max)
    {
        if (agreeing.Count <= max)
        {
            return [.. agreeing];
        }

        // One pass keeping the best few in order: the side can be thousands of claims, and most
        // are turned away by one comparison with the worst kept.
        var day = disputed.AsOf?.DayNumber ?? 0;
        var kept = new List<(int Distance, Claim Claim, int Index)>(max + 1);
        for (var i = 0; i < agreeing.Count; i++)
        {
            var candidate = (Math.Abs((agreeing[i].AsOf?.DayNumber ?? 0) - day), agreeing[i], i);
            if (kept.Count == max && Closer(kept[^1], candidate))
            {
                continue;
            }

            var at = kept.Count;
            while (at > 0 && Closer(candidate, kept[at - 1]))
            {
                at--;
            }

            kept.Insert(at, candidate);
            if (kept.Count > max)
            {
                kept.RemoveAt(max);
            }
        }

        return [.. kept.Select(k => k.Claim)];
    }

    // Nearer in time, then by path and place; the earlier in the list on a full tie (a stable order).
    private static bool Closer((int Distance, Claim Claim, int Index) a, (int Distance, Claim Claim, int Index) b)
    {
        var order = a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : string.CompareOrdinal(a.Claim.Path, b.Claim.Path) is var byPath && byPath != 0 ? byPath
            : a.Claim.Span.Start != b.Claim.Span.Start ? a.Claim.Span.Start.CompareTo(b.Claim.Span.Start)
            : a.Index.CompareTo(b.Index);
        return order < 0;
    }

    private static List<(Claim Claim, ClaimInterval Interval)> Intervals(Rule rule, IEnumerable<Claim> claims) =>
        [.. claims.Select(c => (Claim: c, Interval: ClaimInterval.Of(c, rule))).Where(x => x.Interval is not null).Select(x => (x.Claim, x.Interval!.Value))];

    private static Finding ValueFinding(Claim claim, Severity severity, string key) =>
        new(Fingerprints.Of(claim.Rule, key, FindingKind.BadValue, [claim]), claim.Rule, key, FindingKind.BadValue, severity, FindingText.ForValue(claim), [claim]);
}

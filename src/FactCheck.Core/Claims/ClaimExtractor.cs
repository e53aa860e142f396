using FactCheck.Lexicon;
using FactCheck.Provenance;
using System.Globalization;
using FactCheck.Articles;
using FactCheck.Rules;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Claims;

/// <summary>
/// Turns an article into claims. One pass finds the values, one pass finds every rule's cue, veto and
/// context words; then, sentence by sentence, each cue of a rule takes the nearest eligible value on
/// its side within the rule's window, unless a veto word stands between them or just past them.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>The key part a breakdown's item adds: «سرآبگل ۱۳۸ نفر» is the figure of place=سرآبگل.</summary>
    public const string PlaceKey = "place";

    /// <summary>The key part a figure of an earlier time adds: the year the sentence names.</summary>
    public const string YearKey = "year";

    /// <summary>How long before publication a date must be for the sentence to speak of an earlier time.</summary>
    private const int EarlierThanDays = 400;

    private readonly RuleSet _rules;
    private readonly PhraseTrie<string>?[][] _keyWords;
    private readonly WordClasses _classes = new();

    public ClaimExtractor(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _keyWords = [.. rules.Rules.Select(r => r.Key.Select(KeyWordTrie).ToArray())];
        _classes.Add(ValueRecognizer.Persian.Starters);
        _classes.Add(rules.FirstWords, WordClasses.RuleWord);
        _classes.Add(SpeakerFinder.FirstWords, WordClasses.Attribution);
    }

    public ArticleClaims Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var t = Readable(article); // spans are file offsets
        var classes = _classes.Classify(t);
        var values = ValueRecognizer.Persian.RecognizePlaced(t, article.Metadata.Published, classes).ToArray();
        var sentences = SentenceSplitter.Split(t);
        var cues = Hits(t, classes, _rules.Cues);
        var vetoes = Hits(t, classes, _rules.Vetoes);
        var contexts = Hits(t, classes, _rules.Contexts);
        var claims = new List<Claim>();
        var speakers = new SpeakerFinder(classes);
        var binder = new CueBinder();
        var pending = new List<(Claim Claim, int Gap)>();
        int v = 0, c = 0, x = 0, w = 0;
        foreach (var sentence in sentences)
        {
            // Index ranges only: most sentences hold no cue, and cost nothing more.
            var (v0, v1) = Range(values, ref v, sentence, static p => p.FirstToken);
            var (c0, c1) = Range(cues, ref c, sentence, static h => h.First);
            var (w0, w1) = Range(vetoes, ref w, sentence, static h => h.First);
            var (x0, x1) = Range(contexts, ref x, sentence, static h => h.First);
            var (attribution, via, bodyStart) = speakers.Find(t, sentence);
            if (c0 == c1 || v0 == v1)
            {
                continue;
            }

            var sentenceValues = new ArraySegment<PlacedValue>(values, v0, v1 - v0);
            var scene = new Scene(
                article,
                t,
                sentence,
                sentenceValues,
                new ArraySegment<Hit>(cues, c0, c1 - c0),
                new ArraySegment<Hit>(vetoes, w0, w1 - w0),
                AsOfResolver.Phrases(t, sentence, sentenceValues, article.Metadata.Published),
                AsOfResolver.Statement(t, sentence, sentenceValues, article.Metadata.Published),
                Breakdown.Labels(t, sentence, sentenceValues, classes),
                attribution,
                via,
                bodyStart);
            binder.Begin(t, sentence, sentenceValues, scene.Places, scene.Cues.Select(static h => h.First));
            var adjacent = Adjacent(scene, binder);
            var sentenceContexts = new ArraySegment<Hit>(contexts, x0, x1 - x0);
            pending.Clear();
            for (var r = 0; r < _rules.Rules.Count; r++)
            {
                var rule = _rules.Rules[r];
                if (rule.Context.Count > 0 && !AnyOf(sentenceContexts, r, 0, int.MaxValue))
                {
                    continue;
                }

                Bind(scene, r, binder, adjacent, pending);
            }

            // One number, one fact: a value several rules claim belongs to the rule whose cue is nearest
            // («۴۸ هزار نفر از آوارگان بازگشته‌اند» is a return, not a displacement); equally near cues
            // (the same word in two packs) all keep it.
            foreach (var group in pending.GroupBy(p => p.Claim.Span.Start))
            {
                var nearest = group.Min(p => p.Gap);
                claims.AddRange(group.Where(p => p.Gap == nearest).Select(p => p.Claim));
            }
        }

        claims.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        return new ArticleClaims(article.Path, article.Metadata, claims, Flag(article, t, values, sentences))
        {
            Print = new ReportPrint(SentencePrints.Of(t, sentences), DeclaredChain.Find(t, sentences, article.Metadata.Via, article.Metadata.Source)),
        };
    }

    /// <summary>
    /// The body, and the front matter's title before it as a paragraph of its own: the rest of the
    /// front matter becomes line breaks, so offsets stay the file's and no key or date is read.
    /// </summary>
    private static TokenizedText Readable(Article article)
    {
        if (article.TitleSpan is not { } title)
        {
            return TokenizedText.From(article.Text, article.BodyStart);
        }

        var text = string.Create(article.Text.Length, (article.Text, title.End, article.BodyStart), static (chars, a) =>
        {
            a.Text.AsSpan().CopyTo(chars);
            chars[a.End..a.BodyStart].Fill('\n');
        });
        return TokenizedText.From(text, title.Start);
    }

    private void Bind(Scene scene, int r, CueBinder binder, Dictionary<int, HashSet<int>>? adjacent, List<(Claim Claim, int Gap)> claims)
    {
        var rule = _rules.Rules[r];
        var ruleCues = scene.Cues.Where(h => h.Rules.Contains(r)).Select(h => (h.First, h.End));
        var bound = binder.Bind(
            rule,
            scene.Values,
            ruleCues,
            (i, gap) => Eligible(rule, scene.Values[i].Value)
                && !scene.InDateline(i)
                && !AsOfResolver.Covered(scene.AsOfPhrases, scene.Values[i].FirstToken)
                // a value a cue of another rule stands right next to is that rule's, not a farther cue's
                && (gap == 0 || adjacent is null || !adjacent.TryGetValue(i, out var owners) || owners.Contains(r)),
            (i, cueFirst, cueEnd) => Vetoed(scene, r, scene.Values[i], cueFirst, cueEnd));
        // A cue that takes one item of a breakdown takes the whole list: «آمار جان‌باختگان به تفکیک:
        // سرآبگل ۱۳۸ نفر، چمنار ۲۲ نفر» gives a figure for each place.
        if (scene.Places is { } places && bound.Any(b => places.ContainsKey(b.Value)))
        {
            var gapOfList = bound.Where(b => places.ContainsKey(b.Value)).Min(b => b.Gap);
            var cue = bound.First(b => places.ContainsKey(b.Value));
            var taken = bound.Select(b => b.Value).ToHashSet(); // a long list: one lookup an item, not a scan
            foreach (var item in places.Keys.Order())
            {
                if (!taken.Contains(item) && Eligible(rule, scene.Values[item].Value))
                {
                    bound.Add((item, cue.CueFirst, cue.CueEnd, gapOfList));
                }
            }
        }

        foreach (var (i, _, _, gap) in bound)
        {
            var placed = scene.Values[i];
            if (Key(scene, r, placed) is not { } key)
            {
                continue;
            }

            // A sentence that names a day over a year before publication speaks of that time
            // («کنفرانس مشابه در ۱۸ ژوئن ۲۰۲۴ ... ۶۴۰ میلیون دلار تعهد شد»): its figures are that year's.
            // (A date fact is its date: an old one is the norm, and same-event-within keeps events apart.)
            if (rule.ValueType != RuleValueType.Date && scene.EarlierYear is { } year)
            {
                key = key.Length == 0 ? $"{YearKey}={year}" : $"{key};{YearKey}={year}";
            }

            // An item of a breakdown is the figure of its place, never the total.
            if (scene.Places?.TryGetValue(i, out var place) == true)
            {
                key = key.Length == 0 ? $"{PlaceKey}={place.Label}" : $"{key};{PlaceKey}={place.Label}";
            }

            var (day, time, basis) = rule.ValueType == RuleValueType.Date
                ? AsOfResolver.Publication(scene.Article.Metadata)
                : AsOfResolver.For(placed, scene.AsOfPhrases, scene.Article.Metadata, scene.Statement);
            claims.Add((MakeClaim(scene, rule.Id, key, placed, day) with { AsOfTime = time, AsOfBasis = basis, Via = scene.Via }, gap));
        }
    }

    // A veto word between the value and its cue, or just past the later of the two, cancels the pair;
    // further on only while the clause goes on, since Persian puts the verb that says what happened last.
    private static bool Vetoed(Scene scene, int r, PlacedValue placed, int cueFirst, int cueEnd)
    {
        var from = Math.Min(placed.FirstToken, cueFirst);
        // a word right before the pair governs it too: «ساخت ۸۸ واحد»، «بازسازی ۳۰۰ خانه»
        for (var k = 0; k < Rule.VetoLookBack && from > scene.Sentence.First && !ClauseBoundary.Ends(scene.Tokens, from - 1); k++)
        {
            from--;
        }

        var later = Math.Max(placed.EndToken, cueEnd);
        var to = Math.Min(later + Rule.VetoReach, scene.Sentence.End);
        var t = scene.Tokens;
        if (!ClauseBoundary.Between(t, later, to))
        {
            // nor past the next value: a verb after it says what happened to that one («… تعهد ژنو تنها ۳۱۰ میلیون دلار پرداخت شد»)
            var limit = Math.Min(later + Rule.VetoClauseReach, scene.Sentence.End);
            var next = CueBinder.LowerBound(scene.Values, later);
            if (next < scene.Values.Count)
            {
                limit = Math.Min(limit, Math.Max(to, scene.Values[next].FirstToken));
            }

            while (to < limit && !ClauseBoundary.Ends(t, to))
            {
                to++;
            }
        }

        return AnyOf(scene.Vetoes, r, from, to);
    }

    /// <summary>For each value a cue stands right next to (no word between), the rules of those cues.</summary>
    private Dictionary<int, HashSet<int>>? Adjacent(Scene scene, CueBinder binder)
    {
        Dictionary<int, HashSet<int>>? adjacent = null;
        var values = scene.Values;
        foreach (var cue in scene.Cues)
        {
            // Only the nearest value on each side can stand right next to a cue.
            var after = CueBinder.LowerBound(values, cue.End);
            var before = CueBinder.LowerBound(values, cue.First) - 1;
            foreach (var i in (ReadOnlySpan<int>)[before, after])
            {
                if (i < 0 || i >= values.Count)
                {
                    continue;
                }

                var placed = values[i];
                var touches = (placed.EndToken <= cue.First && binder.WordsBetween(placed.EndToken, cue.First) == 0)
                    || (placed.FirstToken >= cue.End && binder.WordsBetween(cue.End, placed.FirstToken) == 0);
                if (!touches)
                {
                    continue;
                }

                foreach (var r in cue.Rules)
                {
                    var rule = _rules.Rules[r];
                    var sideOk = placed.FirstToken >= cue.End ? rule.CueSide != CueSide.After : rule.CueSide != CueSide.Before;
                    if (sideOk && Eligible(rule, placed.Value))
                    {
                        adjacent ??= [];
                        if (!adjacent.TryGetValue(i, out var owners))
                        {
                            adjacent[i] = owners = [];
                        }

                        owners.Add(r);
                    }
                }
            }
        }

        return adjacent;
    }

    /// <summary>Values wrong in themselves: found whatever the rules say.</summary>
    private static List<Claim> Flag(Article article, TokenizedText t, IReadOnlyList<PlacedValue> values, Sentence[] sentences)
    {
        var flagged = new List<Claim>();
        var s = 0;
        Scene? scene = null; // one per sentence, so its text is copied once however many values it flags
        foreach (var placed in values)
        {
            var check = placed.Value switch
            {
                DateValue { Problem: DateProblem.WeekdayMismatch } => ValueChecks.WeekdayMismatch,
                DateValue { Problem: DateProblem.InvalidDate } => ValueChecks.InvalidDate,
                DateValue { Problem: DateProblem.DateClash } => ValueChecks.DateClash,
                DateValue { Problem: DateProblem.Unresolved } => ValueChecks.UnresolvedDate,
                DateValue { From: { } from, To: { } to } when from > to => ValueChecks.ReversedRange,
                Quantity { Kind: ValueKind.Range, Min: { } min, Max: { } max } when min > max => ValueChecks.ReversedRange,
                Duration { Nominal: null, Min: { } min, Max: { } max } when min > max => ValueChecks.ReversedRange,
                _ => null,
            };
            if (check is null)
            {
                continue;
            }

            while (s < sentences.Length - 1 && sentences[s].End <= placed.FirstToken)
            {
                s++;
            }

            if (scene?.Sentence != sentences[s])
            {
                scene = new Scene(article, t, sentences[s], [], [], [], [], null, null, null, null, sentences[s].First);
            }

            flagged.Add(MakeClaim(scene, check, string.Empty, placed, null));
        }

        return flagged;
    }

    private static bool Eligible(Rule rule, Value value)
    {
        switch (rule.ValueType)
        {
            case RuleValueType.Quantity when value is Quantity q:
                // vague amounts (هزاران) are never precise claims; ordinals count nothing
                if (q.Kind == ValueKind.Ordinal || (q.Nominal is null && q.Kind != ValueKind.Range))
                {
                    return false;
                }

                var dimension = q.Unit?.Dimension ?? Dimension.Count;
                return rule.Dimensions.Contains(dimension) && InScope(rule.Scope, q.Min, q.Max);
            case RuleValueType.Duration when value is Duration d:
                // a duration's scope is in days, whatever unit the text used (۳۰ ساله is not 30 days)
                return Consistency.ClaimInterval.Days(d) is { } days && InScope(rule.Scope, days.Lo, days.Hi == decimal.MaxValue ? null : days.Hi);
            case RuleValueType.Date when value is DateValue date:
                // an unresolvable relative date cannot be compared: it is flagged instead
                return date.Problem != DateProblem.Unresolved && (rule.RelativeDays || !date.Deictic) && (rule.Scope is not { } scope || date.From is null
                    || ((scope.To is null || date.From <= scope.To) && (scope.From is null || date.To >= scope.From)));
            default:
                return false;
        }
    }

    private static bool InScope(ValueScope? scope, decimal? min, decimal? max) =>
        scope is null || ((scope.Max is null || min is null || min <= scope.Max) && (scope.Min is null || max is null || max >= scope.Min));

    /// <summary>The fact key from the rule's key parts; null when a required part is missing.</summary>
    private string? Key(Scene scene, int r, PlacedValue claimed)
    {
        var rule = _rules.Rules[r];
        if (rule.Key.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>(rule.Key.Count);
        for (var p = 0; p < rule.Key.Count; p++)
        {
            var part = rule.Key[p];
            var value = part.Kind switch
            {
                KeyPartKind.Text => part.Text,
                KeyPartKind.DateAfter => scene.KeyWord(r, p, s => DateAfter(s, _keyWords[r][p]!)),
                KeyPartKind.Names => scene.KeyWord(r, p, s => Names(s, _keyWords[r][p]!)),
                _ => claimed.Value is DateValue { From: { } day } ? Period(day, part.Period) : null,
            };
            if (value is null && part.Required)
            {
                return null;
            }

            parts.Add($"{part.Name}={value ?? "-"}");
        }

        return string.Join(';', parts);
    }

    /// <summary>The year of the earliest resolved date of the sentence over <see cref="EarlierThanDays"/> before publication.</summary>
    private static int? FindEarlierYear(Scene scene)
    {
        if (scene.Article.Metadata.Published is not { } published)
        {
            return null;
        }

        int? year = null;
        foreach (var placed in scene.Values)
        {
            if (placed.Value is DateValue { To: { } to, From: { } from, Problem: DateProblem.None or DateProblem.WeekdayMismatch }
                && published.DayNumber - to.DayNumber > EarlierThanDays && (year is null || from.Year < year))
            {
                year = from.Year;
            }
        }

        return year;
    }

    /// <summary>
    /// The first date that follows one of the words, directly or past other values and one more word
    /// («زلزله ۵.۲ ریشتری اسفند ۱۳۹۸», «از ۱۴ نوامبر»).
    /// </summary>
    private static string? DateAfter(Scene scene, PhraseTrie<string> words)
    {
        for (var p = 0; p < scene.Values.Count; p++)
        {
            var placed = scene.Values[p];
            if (placed.Value is not DateValue date)
            {
                continue;
            }

            var earliest = Math.Max(scene.Sentence.First, placed.FirstToken - DateAfterReach);
            for (var i = earliest; i < placed.FirstToken; i++)
            {
                if (words.TryMatch(scene.Tokens, i, out _, out var length) && i + length <= placed.FirstToken
                    && WordsOutsideValues(scene, i + length, placed.FirstToken) <= 1)
                {
                    return date.From is { } from ? ValueNames.Iso(from) : "unresolved";
                }
            }
        }

        return null;
    }

    /// <summary>How far before a date its key word may stand, in tokens.</summary>
    private const int DateAfterReach = 6;

    // Values are sorted and do not overlap: one search finds the first that can hold a token, and a
    // cursor walks on, so a long sentence costs the tokens counted, not its values for each token.
    private static int WordsOutsideValues(Scene scene, int from, int to)
    {
        var values = scene.Values;
        var v = Math.Max(0, CueBinder.LowerBound(values, from) - 1);
        var words = 0;
        for (var i = from; i < to; i++)
        {
            while (v < values.Count && values[v].EndToken <= i)
            {
                v++;
            }

            var inValue = v < values.Count && values[v].FirstToken <= i;
            words += !inValue && scene.Tokens.Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    private static string? Names(Scene scene, PhraseTrie<string> words)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = scene.Sentence.First; i < scene.Sentence.End; i++)
        {
            if (words.TryMatch(scene.Tokens, i, out var name, out _))
            {
                found.Add(name);
            }
        }

        return found.Count == 0 ? null : string.Join('+', found);
    }

    private static string Period(DateOnly day, DatePrecision period) =>
        period == DatePrecision.Year
            ? day.Year.ToString(CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static Claim MakeClaim(Scene scene, string rule, string key, PlacedValue placed, DateOnly? asOf)
    {
        var article = scene.Article;
        var span = placed.Value.Span;
        var (line, column) = article.Lines.Locate(span.Start);
        var sentence = scene.SentenceAround(span);
        return new Claim(
            rule,
            key,
            placed.Value,
            article.Path,
            span,
            line,
            column,
            article.Text[span.Start..span.End],
            sentence,
            asOf ?? article.Metadata.Published,
            scene.Speaker,
            article.Metadata.Source,
            article.Metadata.Published) { Url = article.Metadata.Url };
    }

    /// <summary>The items of a sorted list that fall in the sentence, as [first, end) indexes; advances the cursor.</summary>
    private static (int First, int End) Range<T>(IReadOnlyList<T> items, ref int index, Sentence sentence, Func<T, int> position)
    {
        while (index < items.Count && position(items[index]) < sentence.First)
        {
            index++;
        }

        var first = index;
        while (index < items.Count && position(items[index]) < sentence.End)
        {
            index++;
        }

        return (first, index);
    }

    /// <summary>Whether a hit of rule r starts in [from, to). Hits are in text order: a search finds the first, so a window costs its own hits, not the sentence's.</summary>
    private static bool AnyOf(ArraySegment<Hit> hits, int r, int from, int to)
    {
        for (var i = Sorted.FirstWhere(hits, 0, h => h.First >= from); i < hits.Count && hits[i].First < to; i++)
        {
            if (hits[i].Rules.Contains(r))
            {
                return true;
            }
        }

        return false;
    }

    private static Hit[] Hits(TokenizedText t, byte[] classes, PhraseTrie<HashSet<int>> trie)
    {
        if (trie.Count == 0)
        {
            return [];
        }

        var hits = new List<Hit>();
        var matches = new List<(HashSet<int> Rules, int Length)>();
        var tokens = t.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((classes[i] & WordClasses.RuleWord) == 0 || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            matches.Clear();
            trie.MatchAll(t, i, matches);
            foreach (var (rules, length) in matches)
            {
                hits.Add(new Hit(i, i + length, rules));
            }
        }

        return [.. hits];
    }

    private static PhraseTrie<string>? KeyWordTrie(KeyPart part)
    {
        if (part.Words.Count == 0)
        {
            return null;
        }

        var trie = new PhraseTrie<string>();
        foreach (var entry in part.Words)
        {
            // «سیل = سیلاب»: spellings of one name, keyed by the first
            var spellings = entry.Split(KeyPart.SameName, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var name = TextNormalizer.Fold(spellings[0]);
            foreach (var word in spellings)
            {
                trie.Add(word, name);
                foreach (var inflected in PersianSuffixes.Indefinite(word))
                {
                    trie.Add(inflected, name); // «جنگی که …» names the war
                }
            }
        }

        return trie;
    }

    private readonly record struct Hit(int First, int End, HashSet<int> Rules);

    /// <summary>
    /// One sentence being read. What does not depend on the value claimed (the sentence's text, its
    /// earlier year, a key word's date or names) is worked out once here and shared by every claim of
    /// the sentence: a sentence of thousands of figures must not be read again for each of them.
    /// </summary>
    private sealed record Scene(
        Article Article,
        TokenizedText Tokens,
        Sentence Sentence,
        IReadOnlyList<PlacedValue> Values,
        ArraySegment<Hit> Cues,
        ArraySegment<Hit> Vetoes,
        List<AsOfPhrase> AsOfPhrases,
        AsOfPhrase? Statement,
        Dictionary<int, (string Label, int First)>? Places,
        string? Speaker,
        string? Via,
        int BodyStart)
    {
        /// <summary>
        /// Whether the value is the date of a dateline («کابل، ۲۰ سنبله ۱۴۰۵ - …»): the day the outlet
        /// filed, which no cue of the sentence's body is about.
        /// </summary>
        public bool InDateline(int value)
        {
            if (BodyStart == Sentence.First || Values[value] is not { Value: DateValue } placed || placed.EndToken != BodyStart - 1)
            {
                return false;
            }

            // The date opens the sentence or follows a short place name and a comma; «انفجار ۱۸ شهریور - …» is a headline.
            var before = placed.FirstToken - 1;
            return placed.FirstToken == Sentence.First
                || (ClauseBoundary.IsPunctuation(Tokens, before) && before - Sentence.First is > 0 and <= DatelinePlaceWords);
        }

        /// <summary>How many words a dateline's place may have: «کابل»، «مزار شریف»، «سرپل ذهاب».</summary>
        private const int DatelinePlaceWords = 3;

        private string? _text;
        private (bool Done, int? Year) _earlierYear;
        private Dictionary<(int Rule, int Part), string?>? _keyWords;

        /// <summary>
        /// The sentence as written, copied once for all its claims; of a sentence longer than
        /// <see cref="Claim.MaxSentenceLength"/>, that much around the value, cut ends marked «…»,
        /// so that what a claim keeps and prints stays bounded however long the sentence runs.
        /// </summary>
        public string SentenceAround(TextSpan value)
        {
            var sentence = Tokens.OriginalSpan(Sentence.First, Sentence.End - 1);
            if (sentence.Length <= Claim.MaxSentenceLength)
            {
                return _text ??= Article.Text[sentence.Start..sentence.End];
            }

            var text = Article.Text;
            var start = Math.Clamp(value.Start - ((Claim.MaxSentenceLength - value.Length) / 2), sentence.Start, sentence.End - Claim.MaxSentenceLength);
            var end = start + Claim.MaxSentenceLength;
            start += start > sentence.Start && char.IsLowSurrogate(text[start]) ? 1 : 0; // never half a character
            end -= end < sentence.End && char.IsLowSurrogate(text[end]) ? 1 : 0;
            return $"{(start > sentence.Start ? "…" : string.Empty)}{text[start..end]}{(end < sentence.End ? "…" : string.Empty)}";
        }

        public int? EarlierYear => _earlierYear.Done ? _earlierYear.Year : (_earlierYear = (true, FindEarlierYear(this))).Year;

        public string? KeyWord(int rule, int part, Func<Scene, string?> find)
        {
            _keyWords ??= [];
            if (!_keyWords.TryGetValue((rule, part), out var found))
            {
                _keyWords[(rule, part)] = found = find(this);
            }

            return found;
        }
    }
}

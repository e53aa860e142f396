using FactCheck.Lexicon;
using FactCheck.Rules;
using FactCheck.Text;
using FactCheck.Values;

namespace FactCheck.Claims;

/// <summary>
/// Which value of a sentence each cue of a rule claims, decided for the whole sentence at once:
/// every (cue, value) pair within the rule's window is a candidate, and pairs are taken nearest
/// first, each cue and each value at most once. So in «۴۰۷ نفر جان باختند و ۶۷۰۰ نفر مجروح شدند»
/// the number right before «جان باختند» is its own, and a farther cue cannot take a value another
/// cue stands right next to. A vetoed pair lets the cue's next candidate be considered.
/// </summary>
internal sealed class CueBinder
{
    /// <summary>How many values on each side of a cue are candidates: a long list of numbers stays linear.</summary>
    private const int ValuesPerSide = 8;

    /// <summary>
    /// How many words past the rule's window a verb at the end of the figure's own clause still reaches:
    /// «دولت ۱٫۲ هزار میلیارد تومان برای جبران خسارت‌ها و بازسازی خانه‌های روستایی اختصاص می‌دهد».
    /// </summary>
    private const int ClauseVerbReach = 4;

    /// <summary>How many words past the rule's window a verb closing a relative clause on the figure reaches.</summary>
    private const int RelativeClauseReach = 10;

    private static readonly PhraseTrie<bool> Relative = Trie(PersianBindingWords.RelativeClause);

    private static readonly int MaxReach = Math.Max(ClauseVerbReach, Math.Max(ClauseNounReach, RelativeClauseReach));

    /// <summary>
    /// How many words past the rule's window a noun still reaches a figure later in its own clause
    /// («در پی انفجار گاز میتان در یک معدن … در شام روز چهارشنبه، ۱۸ سنبله»).
    /// </summary>
    private const int ClauseNounReach = 10;

    private static readonly PhraseTrie<bool> Partitive = Trie(PersianBindingWords.Partitive);
    private static readonly PhraseTrie<bool> AfterBareCount = Trie(PersianBindingWords.AfterBareCount);
    private static readonly PhraseTrie<bool> FiniteVerbEnds = Trie(PersianBindingWords.FiniteVerbEnds);
    private static readonly PhraseTrie<bool> SubsetAfter = Trie(PersianBindingWords.SubsetAfter);
    private static readonly PhraseTrie<bool> SubsetOf = Trie(PersianBindingWords.SubsetOf);
    private static readonly PhraseTrie<bool> NotGroups = Trie(PersianBindingWords.NotGroups);
    private static readonly PhraseTrie<bool> OwnGroup = Trie(PersianBindingWords.OwnGroup);

    /// <summary>How far back a clause is searched for the group it opens with.</summary>
    private const int GroupReach = 16;
    private static readonly PhraseTrie<bool> PersonNouns = Trie(PersianQuantityWords.PersonNouns);

    private readonly List<Candidate> _candidates = [];
    private readonly List<Cue> _cues = [];
    private readonly HashSet<int> _usedValues = [];
    private readonly HashSet<int> _usedCues = [];
    private readonly HashSet<int> _cueStarts = [];

    // By value index, for the prepared sentence: the figure counts some of a group («از کارگران … ۱۴ نفر»,
    // «چهار تن از جان‌باختگان»). The same for every rule, so found once in Begin, not per candidate.
    private readonly List<bool> _ofGroup = [];
    private readonly List<bool> _partOfNamedGroup = [];
    private int[] _words = new int[64];
    private int _first;
    private int _end;
    private TokenizedText? _text;
    private IReadOnlyList<PlacedValue> _values = [];

    /// <summary>Prepares a sentence: words are counted once, so any gap is two array reads.</summary>
    /// <param name="values">The sentence's values in text order.</param>
    /// <param name="labels">Where each breakdown item's label starts, by value index: a label's words do not count either.</param>
    /// <param name="cueStarts">Where a cue of any rule starts in the sentence: a figure of one rule's group is no other rule's.</param>
    public void Begin(TokenizedText t, Sentence s, IReadOnlyList<PlacedValue> values, IReadOnlyDictionary<int, (string Label, int First)>? labels, IEnumerable<int> cueStarts)
    {
        _cueStarts.Clear();
        _cueStarts.UnionWith(cueStarts);
        _first = s.First;
        _end = s.End;
        _text = t;
        _values = values;
        _ofGroup.Clear();
        _partOfNamedGroup.Clear();
        foreach (var placed in values)
        {
            _ofGroup.Add(OfGroup(placed.FirstToken));
            _partOfNamedGroup.Add(PartOfNamedGroup(placed.EndToken));
        }

        var length = s.End - s.First + 1;
        if (_words.Length < length)
        {
            _words = new int[Math.Max(length, _words.Length * 2)];
        }

        // Words before each token; punctuation and the words of values do not count (۹ نوامبر ۲۰۲۰ و ۱۱ ژانویه ۲۰۲۱).
        var v = 0;
        _words[0] = 0;
        var tokens = t.Tokens;
        for (var i = s.First; i < s.End; i++)
        {
            while (v < values.Count && values[v].EndToken <= i)
            {
                v++;
            }

            var inValue = v < values.Count && (values[v].FirstToken <= i || (labels is not null && labels.TryGetValue(v, out var label) && label.First <= i));
            // a comma or semicolon weighs like a word: «امضا شد، از بامداد ۱۰ مه اجرایی شد» binds the signing to the date before it
            _words[i - s.First + 1] = _words[i - s.First] + (!inValue && (tokens[i].Kind != TokenKind.Symbol || ClauseBoundary.IsPunctuation(t, i)) ? 1 : 0);
        }
    }


    /// <summary>Words strictly between tokens [from, to).</summary>
    public int WordsBetween(int from, int to) => _words[to - _first] - _words[from - _first];

    /// <summary>
    /// The (cue, value) pairs a rule binds in the prepared sentence, in cue order.
    /// </summary>
    /// <param name="cues">The rule's cue hits in the sentence, in text order.</param>
    /// <param name="eligible">Whether the value at an index may make a claim of this rule from a cue that many words away.</param>
    /// <param name="vetoed">Whether a veto of the rule cancels the pair (value index, cue).</param>
    public List<(int Value, int CueFirst, int CueEnd, int Gap)> Bind(
        Rule rule,
        IReadOnlyList<PlacedValue> values,
        IEnumerable<(int First, int End)> cues,
        Func<int, int, bool> eligible,
        Func<int, int, int, bool> vetoed)
    {
        _cues.Clear();
        foreach (var (first, end) in cues)
        {
            // One stretch of text matched by two cues of one rule («آغاز شد» and «آغاز») is one cue: the longer.
            if (_cues.Count > 0 && first < _cues[^1].End)
            {
                if (first == _cues[^1].First && end > _cues[^1].End)
                {
                    _cues[^1] = new Cue(first, end);
                }

                continue;
            }

            _cues.Add(new Cue(first, end));
        }

        _candidates.Clear();
        for (var c = 0; c < _cues.Count; c++)
        {
            var cue = _cues[c];
            var after = LowerBound(values, cue.End);
            if (rule.CueSide != CueSide.After)
            {
                for (var i = after; i < values.Count && i < after + ValuesPerSide; i++)
                {
                    Consider(rule, c, i, WordsBetween(cue.End, values[i].FirstToken), valueAfter: true, eligible);
                }
            }

            if (rule.CueSide != CueSide.Before)
            {
                var before = LowerBound(values, cue.First) - 1;
                for (var i = before; i >= 0 && i > before - ValuesPerSide; i--)
                {
                    if (values[i].EndToken <= cue.First)
                    {
                        Consider(rule, c, i, WordsBetween(values[i].EndToken, cue.First), valueAfter: false, eligible);
                    }
                }
            }
        }

        // Nearest first; on a tie the value after a noun cue (Persian puts the head noun first:
        // «بیانیه روز ۹ نوامبر», «کشته‌شدگان به ۴۰۷ و مجروحان به ۶۷۰۰ نفر») and before a verb cue
        // (the verb ends its clause: «از ۲۰ اسفند آغاز شد»), then text order.
        _candidates.Sort(static (a, b) =>
            a.Gap != b.Gap ? a.Gap.CompareTo(b.Gap)
            : a.Preferred != b.Preferred ? b.Preferred.CompareTo(a.Preferred)
            : a.Cue != b.Cue ? a.Cue.CompareTo(b.Cue)
            : a.Value.CompareTo(b.Value));
        _usedValues.Clear();
        _usedCues.Clear();
        var bound = new List<(int Value, int CueFirst, int CueEnd, int Gap)>();
        foreach (var candidate in _candidates)
        {
            if (_usedCues.Contains(candidate.Cue) || _usedValues.Contains(candidate.Value))
            {
                continue;
            }

            var cue = _cues[candidate.Cue];
            if (vetoed(candidate.Value, cue.First, cue.End))
            {
                continue;
            }

            _usedCues.Add(candidate.Cue);
            _usedValues.Add(candidate.Value);
            bound.Add((candidate.Value, cue.First, cue.End, candidate.Gap));
        }

        bound.Sort(static (a, b) => a.CueFirst.CompareTo(b.CueFirst));
        return bound;
    }

    private void Consider(Rule rule, int cue, int value, int gap, bool valueAfter, Func<int, int, bool> eligible)
    {
        var verb = IsFiniteVerb(_cues[cue]);
        if (valueAfter && verb && ClauseBoundary.Between(_text!, _cues[cue].End, _values[value].FirstToken))
        {
            return; // «آغاز شد و …»، «جان باختند، و … ۱۴ نفر»: the verb closed its clause («مبادله شده‌اند به ۴۶۰ نفر رسید» did not)
        }

        if ((valueAfter && OpensSubset(_cues[cue])) || _ofGroup[value]
            || (gap > 0 && !(!valueAfter && verb) && _partOfNamedGroup[value]))
        {
            return; // «از مجموع جان‌باختگان، ۱۲ نفر …»، «از کارگران این شرکت … ۱۴ نفر»: a part of a whole
        }

        var end = _values[value].EndToken;
        if (end < _end && (SubsetAfter.TryMatch(_text!, end, out _, out _) || OwnGroup.TryMatch(_text!, end, out _, out _)))
        {
            return; // «۵ نفر از آنان»: part of a figure already given
        }

        if (gap <= rule.CueWindow + Reach(rule, _cues[cue], _values[value], gap, valueAfter, verb) && eligible(value, gap) && Grammatical(value, _cues[cue], gap, valueAfter))
        {
            _candidates.Add(new Candidate(cue, value, gap, valueAfter, Preferred: valueAfter != verb));
        }
    }

    /// <summary>
    /// How far past the rule's window the figure's own clause lets a cue reach: a verb closing the clause
    /// the figure opens or stands in, a noun heading the clause the figure ends. Only a pair the window
    /// alone does not hold, and that some reach could hold, has its clause read: binding stays linear.
    /// </summary>
    private int Reach(Rule rule, Cue cue, PlacedValue value, int gap, bool valueAfter, bool verb)
    {
        if (gap <= rule.CueWindow || gap > rule.CueWindow + MaxReach)
        {
            return 0;
        }

        if (valueAfter)
        {
            return !verb && SameClause(cue.End, value.FirstToken) ? ClauseNounReach : 0;
        }

        return !verb ? 0
            : OpensRelativeClause(value.EndToken, cue.First) ? RelativeClauseReach
            : SameClause(value.EndToken, cue.First) ? ClauseVerbReach
            : 0;
    }

    /// <summary>
    /// Whether «که» right after the figure opens a clause that the verb cue closes: «از ۱۰ مهر که اجرای طرح
    /// اخراج اتباع در استان‌ها آغاز شد» dates what began, however long the clause.
    /// </summary>
    private bool OpensRelativeClause(int valueEnd, int cueFirst) =>
        valueEnd < cueFirst && _text!.Tokens[valueEnd].Kind == TokenKind.Word && Relative.TryMatch(_text, valueEnd, out _, out _)
        && SameClause(valueEnd + 1, cueFirst);

    /// <summary>
    /// Whether tokens [from, to) stay in one clause: no comma, no other figure and no verb ending a clause
    /// between («خسارت‌ها و بازسازی» joins two nouns; «… شدند و …» two clauses).
    /// </summary>
    private bool SameClause(int from, int to)
    {
        var t = _text!;
        if (LowerBound(_values, from) is var next && next < _values.Count && _values[next].FirstToken < to)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (ClauseBoundary.IsPunctuation(t, i) || (t.Tokens[i].Kind == TokenKind.Word && EndsClause(t, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the figure's clause opens with «از» and a group of people («گفت از کارگران این شرکت که در
    /// تونل ۲ کار می‌کردند تاکنون ۱۴ نفر جان باخته‌اند»): the figure counts some of that group only.
    /// </summary>
    private bool OfGroup(int valueFirst)
    {
        var t = _text!;
        var k = valueFirst - 1;
        // back to the clause's start: punctuation, a speech verb, or another figure
        while (k >= _first && k >= valueFirst - GroupReach && !ClauseBoundary.Ends(t, k) && !t.IsSymbol(k, ':')
            && !SpeakerFinder.IsSpeechVerb(t, k) && !InValue(k))
        {
            k--;
        }

        var open = k + 1;
        return open + 1 < valueFirst && t.Is(open, PersianNumberWords.Of) && IsPeopleGroup(t, open + 1);
    }

    // «کارگران»، «زخمیان»، «سرنشینان»: a plural of people, not «زمان» or «استان».
    private static bool IsPeopleGroup(TokenizedText t, int i) =>
        t.Tokens[i].Kind == TokenKind.Word && t.TextOf(i).EndsWith(PersianBindingWords.PeoplePlural, StringComparison.Ordinal)
        && !NotGroups.TryMatch(t, i, out _, out _);

    private bool InValue(int token)
    {
        var v = LowerBound(_values, token + 1) - 1;
        return v >= 0 && _values[v].EndToken > token;
    }

    /// <summary>
    /// Whether «از» and a cue follow the figure («چهار تن از جان‌باختگان و ۹ تن از زخمیان … افغان بودند»):
    /// it counts some of the group that cue names, so no other noun takes it; only its clause's verb
    /// says what happened to them («۴۸ هزار نفر از آوارگان بازگشته‌اند»).
    /// </summary>
    private bool PartOfNamedGroup(int valueEnd)
    {
        var t = _text!;
        if (valueEnd + 1 >= _end || !Partitive.TryMatch(t, valueEnd, out _, out var length))
        {
            return false;
        }

        var group = valueEnd + length;
        return _cueStarts.Contains(group) || IsPeopleGroup(t, group);
    }

    /// <summary>Whether «از مجموع»، «از میان» … ends right before the cue, or a bare «از» with a comma after it («از مصدومان، ۲۶ نفر …»).</summary>
    private bool OpensSubset(Cue cue)
    {
        var t = _text!;
        if (cue.First > _first && t.Is(cue.First - 1, PersianNumberWords.Of) && cue.End < _end && ClauseBoundary.IsPunctuation(t, cue.End))
        {
            return true;
        }

        return SubsetOf.EndsAt(t, cue.First, maxTokens: 2, floor: _first);
    }

    // The cue ends in a verb, or an auxiliary follows it: «بیجا شده و …»، «مفقود هستند».
    private bool IsFiniteVerb(Cue cue) =>
        EndsClause(_text!, cue.End - 1)
        || (cue.End < _end && _text!.Tokens[cue.End].Kind == TokenKind.Word && EndsClause(_text, cue.End));

    /// <summary>
    /// Whether the word is a verb that can end a clause: a listed ending, or a simple past plural of any
    /// verb (a past stem in د or ت, then «ند»: برگشتند، بازگشتند، نوشتند).
    /// </summary>
    internal static bool EndsClause(TokenizedText t, int i)
    {
        if (FiniteVerbEnds.TryMatch(t, i, out _, out var length) && length == 1)
        {
            return true;
        }

        var word = t.TextOf(i);
        return word.Length > PersianVerbForms.PluralPast.Length + 2
            && word.EndsWith(PersianVerbForms.PluralPast, StringComparison.Ordinal)
            && Array.IndexOf(PersianVerbForms.PastStemEnds, word[^(PersianVerbForms.PluralPast.Length + 1)]) >= 0;
    }

    /// <summary>
    /// Whether the number can count the cue's noun at all. Persian puts the counted noun right after the
    /// number: a bare number («دو طرف») counts the word after it, so it binds a cue after it only when
    /// they touch, and a cue before it only when nothing but a verb or a conjunction follows it. A cue
    /// after «از» («۴۸ هزار نفر از آوارگان بازگشته‌اند») says whom the figure is part of, not what it counts.
    /// </summary>
    private bool Grammatical(int value, Cue cue, int gap, bool valueAfter)
    {
        var t = _text!;
        var placed = _values[value];
        if (!valueAfter && gap == 1 && NextWord(t, placed.EndToken, cue.First) is { } between && Partitive.TryMatch(t, between, out _, out _))
        {
            return false;
        }

        if (CountsNamedPeople(t, placed))
        {
            // «دو همیار طبیعت … جان باختند»: the subject of its clause's verb; «۳۰ امدادگر مجروحان را»
            // counts the helpers, not the injured the noun after them names.
            // «پیکر ۹ معدنچی»: a cue right before the count names what happened to those people
            return (valueAfter && gap == 0) || (!valueAfter && IsFiniteVerb(cue) && !ClauseBoundary.Between(t, placed.EndToken, cue.First));
        }

        if (placed.Value is not Quantity { Unit: null, Kind: ValueKind.Number })
        {
            return true;
        }

        if (!valueAfter)
        {
            return gap == 0;
        }

        var next = placed.EndToken;
        return next >= _end || t.Tokens[next].Kind == TokenKind.Symbol || AfterBareCount.TryMatch(t, next, out _, out _);
    }

    /// <summary>Whether the value ends in a noun for people it counts with no classifier (دو همیار، سه آتش‌نشان).</summary>
    private static bool CountsNamedPeople(TokenizedText t, PlacedValue placed) =>
        PersonNouns.EndsAt(t, placed.EndToken, maxTokens: 3, floor: placed.FirstToken + 1);

    private static int? NextWord(TokenizedText t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (t.Tokens[i].Kind != TokenKind.Symbol)
            {
                return i;
            }
        }

        return null;
    }

    private static PhraseTrie<bool> Trie(IEnumerable<string> words)
    {
        var trie = new PhraseTrie<bool>();
        foreach (var word in words)
        {
            trie.Add(word, true);
        }

        return trie;
    }

    /// <summary>The first value starting at or after a token.</summary>
    public static int LowerBound(IReadOnlyList<PlacedValue> values, int token)
    {
        int lo = 0, hi = values.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (values[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private readonly record struct Cue(int First, int End);

    private readonly record struct Candidate(int Cue, int Value, int Gap, bool ValueAfter, bool Preferred);
}

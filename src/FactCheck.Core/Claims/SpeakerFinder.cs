using FactCheck.Lexicon;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Who says what a sentence says: the subject of a speech verb (پوتین گفت، وی افزود), «به گفته X»,
/// «بنا بر اعلام X»; apart from it, the outlet of «به گزارش X» or «به نقل از X» the sentence reports
/// through. A pronoun (وی، او) is the last named speaker.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int MaxSubjectTokens = 6;
    private static readonly PhraseTrie<bool> SpeechVerbs = Trie(PersianSpeechWords.Verbs);
    private static readonly PhraseTrie<bool> Pronouns = Trie(PersianSpeechWords.Pronouns);
    private static readonly PhraseTrie<bool> SubjectPronouns = Trie(PersianSpeechWords.SubjectPronouns);
    private static readonly PhraseTrie<bool> SubjectEnds = Trie(PersianSpeechWords.SubjectEnds);
    private static readonly PhraseTrie<string> Attributions = AttributionTrie();
    private static readonly PhraseTrie<bool> Officials = Trie(PersianSpeechWords.Officials);
    private static readonly PhraseTrie<bool> Breakdowns = Trie(PersianSpeechWords.Breakdowns);

    private readonly byte[] _classes;
    private string? _lastSpeaker;

    /// <param name="classes">Word classes that flag attribution words (<see cref="FirstWords"/>).</param>
    public SpeakerFinder(byte[] classes) => _classes = classes;

    /// <summary>Whether a speech verb (گفت، اعلام کرد، می‌گوید) starts at token <paramref name="i"/>.</summary>
    public static bool IsSpeechVerb(TokenizedText t, int i) => SpeechVerbs.TryMatch(t, i, out _, out _);

    /// <summary>Words that can start a speech verb or an attribution.</summary>
    public static IEnumerable<string> FirstWords => SpeechVerbs.FirstWords.Concat(Attributions.FirstWords);

    /// <summary>
    /// Who the sentence credits (the subject of a speech verb, «به گفته X») and which outlet or wire it
    /// reports through («به گزارش X»), and where the sentence's body starts after a dateline. Call for
    /// each sentence in text order: pronouns refer back.
    /// </summary>
    public (string? Attribution, string? Via, int BodyStart) Find(TokenizedText t, Sentence s)
    {
        var first = AfterDateline(t, s);
        string? reporter = null;
        string? saidBy = null;
        for (var i = s.First; i < s.End; i++)
        {
            if ((_classes[i] & WordClasses.Attribution) != 0 && Attributions.TryMatch(t, i, out var kind, out var length))
            {
                var end = UntilComma(t, _classes, i + length, s.End);
                var name = Text(t, i + length, end);
                if (kind == "according-to")
                {
                    // «به گفته وی»: the pronoun is the last named speaker
                    saidBy ??= Pronouns.TryMatch(t, i + length, out _, out var pronoun)
                        && UntilComma(t, _classes, i + length + pronoun, s.End) == i + length + pronoun ? _lastSpeaker : name;
                }
                else if (Officials.TryMatch(t, i + length, out _, out _))
                {
                    saidBy ??= name; // «به نقل از ستاد مدیریت بحران»، «به گزارش مرکز لرزه‌نگاری»: the body gives the figure
                }
                else
                {
                    reporter ??= name;
                }

                if (i == first)
                {
                    first = Math.Min(end + 1, s.End); // «به گزارش X، پوتین گفت»: the subject follows
                }
            }
        }

        var breakdown = false;
        if (saidBy is null && ColonHeadline(t, first, s.End, out breakdown) is { } colon)
        {
            saidBy = Text(t, first, colon); // «برنامه جهانی غذا: ...»، «آخرین آمار پزشکی قانونی: ۲۴۳ کشته»
        }
        else if (saidBy is null && breakdown)
        {
            saidBy = _lastSpeaker; // «آمار جان‌باختگان به تفکیک محل: …» details the figure just credited
        }

        if (saidBy is null && HasSpeechVerb(t, _classes, first, s.End, out var verb))
        {
            var end = first;
            while (end < verb && end - first < MaxSubjectTokens && !SubjectEnds.TryMatch(t, end, out _, out _) && t.Tokens[end].Kind == TokenKind.Word)
            {
                end++;
            }

            if (end > first)
            {
                // «وی وسعت جنگل سوخته را … اعلام کرد»: a pronoun is the whole subject, whatever object follows it
                saidBy = Pronouns.TryMatch(t, first, out _, out var pronoun) && (pronoun == end - first || SubjectPronouns.TryMatch(t, first, out _, out _))
                    ? _lastSpeaker
                    : Text(t, first, end);
            }
        }

        if (saidBy is not null)
        {
            _lastSpeaker = saidBy;
        }

        return (saidBy, reporter, first);
    }

    /// <summary>How far into a sentence a dateline's dash may stand: «کابل، ۲۰ سنبله ۱۴۰۵ - …».</summary>
    private const int DatelineReach = 10;

    /// <summary>
    /// Where the sentence starts after a dateline or an outlet's byline with a spaced dash («کابل، ۲۰
    /// سنبله ۱۴۰۵ - رسانه‌های ایران گزارش داده‌اند»، «خبرگزاری فردا - فرماندار گفت»): the place and the
    /// outlet are not who speaks.
    /// </summary>
    private static int AfterDateline(TokenizedText t, Sentence s)
    {
        for (var i = s.First + 1; i < s.End - 1 && i - s.First <= DatelineReach; i++)
        {
            var token = t.Tokens[i];
            if (token.Kind == TokenKind.Symbol && t.Text.Chars[token.Start] is '-' or '–' or '—'
                && token.Gap >= TokenGap.Space && t.Tokens[i + 1].Gap >= TokenGap.Space)
            {
                return i + 1;
            }

            if (token.Kind == TokenKind.Symbol && !ClauseBoundary.IsPunctuation(t, i))
            {
                return s.First; // a colon, a quote, a bracket: no dateline
            }
        }

        return s.First;
    }

    /// <summary>
    /// Where a short lead-in ends in a colon and names a body or an official: the headline form of
    /// attribution. «آمار جان‌باختگان به تفکیک محل:» names nobody and is no speaker.
    /// </summary>
    private int? ColonHeadline(TokenizedText t, int first, int end, out bool breakdown)
    {
        breakdown = false;
        var official = false;
        var itemized = false;
        for (var i = first; i < end && i - first <= MaxSubjectTokens; i++)
        {
            if (t.IsSymbol(i, ':'))
            {
                breakdown = itemized && !official;
                return official && i > first ? i : null;
            }

            itemized |= Breakdowns.TryMatch(t, i, out _, out _);

            // «سخنگو اعلام کرد: ...» is a speech verb's subject, found as such
            if (t.Tokens[i].Kind != TokenKind.Word || (_classes[i] & WordClasses.Value) != 0
                || ((_classes[i] & WordClasses.Attribution) != 0 && SpeechVerbs.TryMatch(t, i, out _, out _)))
            {
                return null;
            }

            official |= Officials.TryMatch(t, i, out _, out _);
        }

        return null;
    }

    private static bool HasSpeechVerb(TokenizedText t, byte[] classes, int from, int to, out int at)
    {
        for (at = from; at < to; at++)
        {
            if ((classes[at] & WordClasses.Attribution) != 0 && SpeechVerbs.TryMatch(t, at, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    // A name runs to a comma, a figure or a word that ends a subject («به گفته استاندار تا ساعت ۱۷ ...»).
    private static int UntilComma(TokenizedText t, byte[] classes, int from, int to)
    {
        var i = from;
        while (i < to && t.Tokens[i].Kind == TokenKind.Word && (classes[i] & WordClasses.Value) == 0 && i - from < 10)
        {
            // A chain («آران نیوز به نقل از خبرگزاری تسنیم») is one name: the wire stays with the outlet.
            // A chain to a body («به نقل از ستاد مدیریت بحران») ends the outlet's name: the body is who says it.
            if ((classes[i] & WordClasses.Attribution) != 0 && Attributions.TryMatch(t, i, out _, out var chained))
            {
                if (Officials.TryMatch(t, i + chained, out _, out _))
                {
                    break;
                }

                i += chained;
                continue;
            }

            if (i > from && SubjectEnds.TryMatch(t, i, out _, out _))
            {
                break;
            }

            i++;
        }

        return Math.Min(i, to);
    }

    private static string? Text(TokenizedText t, int first, int end)
    {
        if (end <= first)
        {
            return null;
        }

        var span = t.OriginalSpan(first, end - 1);
        return t.Text.Original[span.Start..span.End];
    }

    private static PhraseTrie<bool> Trie(IEnumerable<string> phrases)
    {
        var trie = new PhraseTrie<bool>();
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, true);
        }

        return trie;
    }

    private static PhraseTrie<string> AttributionTrie()
    {
        var trie = new PhraseTrie<string>();
        foreach (var phrase in PersianSpeechWords.ReportedBy)
        {
            trie.Add(phrase, "reported-by");
        }

        foreach (var phrase in PersianSpeechWords.AccordingTo)
        {
            trie.Add(phrase, "according-to");
        }

        return trie;
    }
}

using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Provenance;

/// <summary>
/// The outlet an article says it carries the report of: front matter <c>via:</c>; else the lead's
/// chain «به گزارش X به نقل از Y» (the last outlet named: Y carried the report to X, and X to us);
/// else a credit line «منبع: ایرنا». A body that gives figures (ستاد، پزشکی قانونی) is a speaker, not
/// an origin, and an outlet naming itself («به گزارش پیام شرق» in پیام شرق) declares nothing.
/// </summary>
internal static class DeclaredChain
{
    /// <summary>How many sentences from the start the lead's chain may stand in (title and news code included).</summary>
    public const int LeadSentences = 3;

    /// <summary>The most words a name in a chain takes.</summary>
    private const int MaxNameWords = 6;

    private static readonly string ReportOf = TextNormalizer.Fold("به گزارش ");
    private static readonly string QuotedFrom = TextNormalizer.Fold("به نقل از ");
    private static readonly string CreditLine = TextNormalizer.Fold("منبع");

    public static string? Find(TokenizedText t, IReadOnlyList<Sentence> sentences, string? frontMatterVia, string? ownSource)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(sentences);
        if (!string.IsNullOrWhiteSpace(frontMatterVia))
        {
            return frontMatterVia.Trim();
        }

        var own = ownSource is null ? null : OutletNames.Key(ownSource);
        var chars = t.Text.Chars;
        var lead = sentences.Count == 0 ? 0 : t.Tokens[sentences[Math.Min(LeadSentences, sentences.Count) - 1].End - 1].End;
        var at = chars[..lead].IndexOf(ReportOf, StringComparison.Ordinal);
        if (at >= 0 && Last(chars, at, own) is { } chained)
        {
            return chained;
        }

        return Credit(chars, own);
    }

    /// <summary>The last outlet of «به گزارش X به نقل از Y …» starting at <paramref name="at"/>, not the article's own.</summary>
    private static string? Last(ReadOnlySpan<char> chars, int at, string? own)
    {
        string? last = null;
        var marker = ReportOf;
        while (true)
        {
            var (name, end) = Name(chars, at + marker.Length);
            if (OutletNames.IsOutlet(name) && OutletNames.Key(name) != own)
            {
                last = name;
            }

            var rest = chars[end..];
            if (!rest.TrimStart(' ').StartsWith(QuotedFrom, StringComparison.Ordinal))
            {
                return last;
            }

            at = end + (rest.Length - rest.TrimStart(' ').Length);
            marker = QuotedFrom;
        }
    }

    /// <summary>«منبع: ایرنا» on a line of its own, anywhere (credit lines close an article).</summary>
    private static string? Credit(ReadOnlySpan<char> chars, string? own)
    {
        for (var from = 0; from < chars.Length;)
        {
            var i = chars[from..].IndexOf(CreditLine, StringComparison.Ordinal);
            if (i < 0)
            {
                return null;
            }

            i += from;
            var after = chars[(i + CreditLine.Length)..].TrimStart(' ');
            var lineStart = i == 0 || chars[i - 1] == '\n';
            if (lineStart && after.Length > 0 && after[0] == ':')
            {
                var (name, _) = Name(chars, chars.Length - after.Length + 1);
                if (OutletNames.IsOutlet(name) && OutletNames.Key(name) != own)
                {
                    return name;
                }
            }

            from = i + CreditLine.Length;
        }

        return null;
    }

    /// <summary>A name from <paramref name="start"/>: up to a comma, stop, colon, line end or the next link of the chain.</summary>
    private static (string Name, int End) Name(ReadOnlySpan<char> chars, int start)
    {
        var end = start;
        var words = 0;
        while (end < chars.Length && chars[end] == ' ')
        {
            end++;
        }

        var from = end;
        while (end < chars.Length && chars[end] is not ('،' or ',' or '.' or ':' or '؛' or '\n' or '(' or '«'))
        {
            if (chars[end] == ' ' && (++words >= MaxNameWords || chars[(end + 1)..].StartsWith(QuotedFrom, StringComparison.Ordinal)))
            {
                break;
            }

            end++;
        }

        return (chars[from..end].TrimEnd(' ').ToString(), end);
    }
}

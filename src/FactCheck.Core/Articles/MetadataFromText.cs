using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Articles;

/// <summary>
/// Metadata an article without front matter prints itself: «تاریخ انتشار: ۱۰ آبان ۱۴۰۰ - ۲۳:۵۶» for
/// the date, «منبع: ایرنا» or the first «به گزارش X» for the outlet.
/// </summary>
internal static class MetadataFromText
{
    private static readonly string[] DateLabels = ["تاریخ انتشار", "تاریخ خبر", "زمان انتشار", "انتشار"];
    private static readonly string[] SourceLabels = ["منبع", "منبع خبر"];
    private const string ReportedBy = "به گزارش";

    public static ArticleMetadata Read(string text)
    {
        DateOnly? published = null;
        string? source = null;
        string? reportedBy = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = TextNormalizer.Fold(text[range]).Trim();
            if (published is null && Labelled(line, DateLabels) is { } dateText
                && ValueRecognizer.Persian.Recognize(dateText).OfType<DateValue>().FirstOrDefault() is { Precision: DatePrecision.Day, From: { } day })
            {
                published = day;
            }
            else if (published is null && Dateline(line) is { } stamped)
            {
                published = stamped;
            }
            else if (source is null && Labelled(line, SourceLabels) is { } outlet && outlet.Length > 0)
            {
                source = outlet;
            }
            else if (reportedBy is null && line.IndexOf(ReportedBy, StringComparison.Ordinal) is >= 0 and var at)
            {
                reportedBy = Outlet(line[(at + ReportedBy.Length)..]);
            }
        }

        return ArticleMetadata.Empty with { Published = published, Source = source ?? reportedBy };
    }

    /// <summary>
    /// An unlabelled header that is nothing but a time and a day, as sites print above the headline:
    /// «۱۳:۵۵ - ۲۰ آذر ۱۳۹۶». Any other word on the line makes it prose, not a dateline.
    /// </summary>
    private static DateOnly? Dateline(string line)
    {
        if (line.Length is 0 or > 60)
        {
            return null;
        }

        var values = ValueRecognizer.Persian.Recognize(line);
        if (values.Count != 2 || values.OfType<TimeOfDay>().Count() != 1
            || values.OfType<DateValue>().SingleOrDefault() is not { Precision: DatePrecision.Day, Relative: false, Problem: DateProblem.None, From: { } day })
        {
            return null;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var inValue = values.Any(v => v.Span.Start <= i && i < v.Span.End);
            if (!inValue && line[i] is not (' ' or '-' or '|' or '،' or ',' or '–' or '—'))
            {
                return null;
            }
        }

        return day;
    }

    private static string? Labelled(string line, string[] labels)
    {
        foreach (var label in labels)
        {
            if (line.StartsWith(label, StringComparison.Ordinal) && line.AsSpan(label.Length).TrimStart().StartsWith(":"))
            {
                return line[(line.IndexOf(':', label.Length) + 1)..].Trim();
            }
        }

        return null;
    }

    // «به گزارش پایگاه خبری حقایق قفقاز، ولادیمیر...»: the outlet runs to the first comma.
    private static string? Outlet(string rest)
    {
        var end = rest.IndexOfAny(['،', ',', ':', '.']);
        var outlet = (end < 0 ? rest : rest[..end]).Trim();
        return outlet.Length is > 0 and < 60 ? outlet : null;
    }
}

using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Rules;
using FactCheck.Values.Dates;

namespace FactCheck.Tests.Claims;

/// <summary>
/// How real copy names the day of an event: far from the event noun inside one long clause («در پی
/// انفجار گاز در یک معدن … در شام روز چهارشنبه، ۱۸ سنبله»), in a relative clause («انفجاری که … رخ
/// داد»), after a Dari or Persian dateline that carries the day the outlet filed («کابل، ۲۰ سنبله ۱۴۰۵ -»).
/// </summary>
public sealed class EventDateFormsTests
{
    private static readonly RuleSet Rules = InlineRules.Load(
        "id: event-date\ntitle: {fa: x, en: x}\nvalue: {type: date, relative-days: false}\n"
        + "cues: [انفجار, انفجاری, رخ داد, آغاز شد]\ncue-side: either\ncue-window: 4\n"
        + "key: [{name: event, names: [انفجار = انفجاری, اخراج]}]\nnature: event\nexamples: [{text: بی ربط, none: true}]\n");

    private static string Dates(string sentence, string published = "2026-09-12") =>
        string.Join(',', new ClaimExtractor(Rules)
            .Extract(ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes($"---\npublished: {published}\n---\n{sentence}\n")))
            .Claims.Select(c => ((DateValue)c.Value).From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    // a noun reaches a day later in its own clause, past the window
    [InlineData("در پی انفجار گاز میتان در یک معدن زغال‌سنگ در استان کرمان در شام روز چهارشنبه ۱۸ شهریور کارگران به دام افتادند.", "2026-09-09")]
    [InlineData("انفجار گاز میتان در تونل اصلی معدن زغال‌سنگ در استان کرمان در شام روز چهارشنبه ۱۸ شهریور بود.", "2026-09-09")]
    // …but not past a verb that ends the clause, a comma, or another figure
    [InlineData("در پی انفجار گاز میتان در یک معدن زغال‌سنگ کارگران محبوس شدند و امدادگران روز ۱۸ شهریور رسیدند.", "")]
    [InlineData("در پی انفجار گاز میتان در یک معدن زغال‌سنگ در استان کرمان، شام روز چهارشنبه ۱۸ شهریور امدادگران رسیدند.", "")]
    [InlineData("در پی انفجار گاز میتان در یک معدن زغال‌سنگ در ۳ تونل در شام روز چهارشنبه ۱۸ شهریور کارگران به دام افتادند.", "")]
    // a relative clause on the event noun holds its day
    [InlineData("انفجاری که ساعت ۲۱ و ۵۰ دقیقه شب چهارشنبه ۱۸ شهریور در کارگاه تونل شماره ۲ رخ داد، معدن را بست.", "2026-09-09")]
    // a clause opened by «که» right after the day, closed by the verb, dates what began
    [InlineData("از ۱۰ مهر که اجرای طرح اخراج اتباع غیرمجاز در استان‌های کشور آغاز شد، گذرگاه شلوغ است.", "2025-10-02")]  // (published 12 Sep 2026: last year's 10 Mehr)
    [InlineData("از ۱۰ مهر، اجرای طرح اخراج اتباع غیرمجاز در استان‌های کشور آغاز شد.", "")]           // a comma: no clause on the day
    [InlineData("از ۱۰ مهر که اجرای طرح اخراج اتباع گفته شد و در استان‌های کشور آغاز شد.", "")]      // another verb closes the clause first
    public void A_day_in_the_event_noun_s_own_clause_is_its_day(string sentence, string expected) =>
        Assert.Equal(expected, Dates(sentence));

    [Theory]
    [InlineData("کابل، ۲۰ سنبله ۱۴۰۵ - رسانه‌ها می‌گویند در پی انفجار در یک معدن کارگران محبوس شدند.", "")]
    [InlineData("کابل، ۲۰ سنبله ۱۴۰۵ - رسانه‌ها می‌گویند انفجار در شب چهارشنبه ۱۸ سنبله رخ داد.", "2026-09-09")]
    [InlineData("انفجار ۱۸ شهریور - گزارشی از معدن", "2026-09-09")] // a headline's date before a dash is no dateline
    public void A_dateline_s_day_is_the_day_the_outlet_filed_not_the_event_s(string sentence, string expected) =>
        Assert.Equal(expected, Dates(sentence));
}

using System.Globalization;
using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;
using FactCheck.Values;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Forms a blind story (fixtures/stories/flood) raised as false alarms: midnight as an as-of, a
/// state counted at several moments of one day, a part of a whole («از مجموع جان‌باختگان، ۱۲ نفر»)
/// and homes being rebuilt («ساخت ۸۸ واحد»).
/// </summary>
public sealed class FloodFormsTests
{
    private static readonly RuleSet Rules = InlineRules.Load(
        InlineRules.People("killed", "جان باختند, جان‌باختگان"),
        InlineRules.People("missing", "مفقودند, مفقود", "state", "as-of-window: 0"),
        "id: homes\ntitle: {fa: x, en: homes}\nvalue: {type: quantity, dimensions: [count]}\ncues: [واحد, خانه]\ncue-side: after\n"
        + "cue-window: 1\ncontext: [تخریب]\nveto: [ساخت, بازسازی]\nnature: cumulative\nexamples: [{text: بی ربط, none: true}]\n");

    private static ArticleClaims Extract(string published, string body, string path = "a.txt") =>
        new ClaimExtractor(Rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes($"---\nsource: {path}\npublished: {published}\n---\n{body}\n")));

    [Theory]
    [InlineData("2026-10-16T00:45+03:30", "تا نیمه‌شب ۱۸ نفر همچنان مفقودند.", "2026-10-16", "00:00")]        // the midnight just past
    [InlineData("2026-10-16T23:30+03:30", "تا نیمه‌شب ۱۸ نفر همچنان مفقودند.", "2026-10-16", "00:00")]        // never one ahead of the article
    [InlineData("2026-10-16", "تا نیمه‌شب ۱۸ نفر همچنان مفقودند.", "2026-10-16", "00:00")]
    [InlineData("2026-08-11T07:30+03:30", "تا نیمه‌شب گذشته ۱۸ نفر همچنان مفقودند.", "2026-08-11", "00:00")] // the end of last night
    [InlineData("2026-10-16T01:10+03:30", "تا ساعت ۲۳ شمار ۱۸ نفر مفقودند.", "2026-10-15", "23:00")]        // a time still ahead today is yesterday's
    [InlineData("2026-10-16T23:10+03:30", "تا ساعت ۲۳ شمار ۱۸ نفر مفقودند.", "2026-10-16", "23:00")]
    public void A_time_without_a_day_is_the_last_such_time_before_publication(string published, string sentence, string day, string time)
    {
        var claim = Assert.Single(Extract(published, sentence).Claims);

        Assert.Equal((DateOnly.Parse(day, CultureInfo.InvariantCulture), time), (claim.AsOf!.Value, claim.AsOfTime?.ToString()));
    }

    [Fact]
    public void A_state_counted_at_two_moments_of_one_day_is_no_dispute_but_one_moment_is()
    {
        var midnight = Extract("2026-10-16T00:45+03:30", "تا نیمه‌شب ۱۸ نفر مفقودند.", "a.txt");
        var morning = Extract("2026-10-16T09:20+03:30", "تا ساعت ۸ امروز ۱۴ نفر مفقودند.", "b.txt");
        var sameHour = Extract("2026-10-16T09:40+03:30", "تا ساعت ۸ امروز ۱۱ نفر مفقودند.", "c.txt");
        var untimed = Extract("2026-10-16", "۹ نفر مفقودند.", "d.txt");
        var untimedToo = Extract("2026-10-16", "۷ نفر مفقودند.", "e.txt");

        Assert.Empty(ConsistencyChecker.Check([midnight, morning, untimed], Rules).Findings);
        Assert.Equal(FindingKind.StateMismatch, Assert.Single(ConsistencyChecker.Check([midnight, morning, sameHour], Rules).Findings).Kind);
        Assert.Single(ConsistencyChecker.Check([untimed, untimedToo], Rules).Findings);
    }

    [Theory]
    [InlineData("فرماندار گفت از مجموع جان‌باختگان، ۱۲ نفر در محدوده این شهرستان از آب گرفته شده‌اند.")]
    [InlineData("از میان جان‌باختگان ۵ نفر کودک بودند.")]
    public void A_part_of_the_whole_a_cue_names_is_not_the_whole(string sentence) =>
        Assert.DoesNotContain(Extract("2026-10-16", sentence).Claims, c => c.Rule == "killed");

    [Theory]
    [InlineData("مدیرعامل گفت از کارگران این شرکت که در شیفت شب در تونل ۲ کار می‌کردند تاکنون ۱۴ نفر جان باختند.", "")]  // some of one company's workers
    [InlineData("پیمانکار: ۱۴ کارگر ما جان باختند", "")]                                                         // the speaker's own people
    [InlineData("از زمان وقوع حادثه تاکنون ۱۴ نفر جان باختند.", "14")]                                          // «از» opening a time, not a group
    [InlineData("پیکر هفت نفر از جان‌باختگان پیدا شده و ۱۸ نفر جان باختند.", "18")]                              // the group belongs to the clause before «و»
    public void A_count_of_some_of_a_group_is_no_total(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(',', Extract("2026-10-16", sentence).Claims.Where(c => c.Rule == "killed").Select(c => ((Quantity)c.Value).Nominal)));

    [Theory]
    [InlineData("گفت که چهار تن از جان‌باختگان و ۹ تن از زخمیان شهروندان افغانستان بوده‌اند.", "")] // parts of named groups
    [InlineData("۸ نفر از سرنشینان اتوبوس جان باخته و ۳۱ نفر دیگر مجروح شده‌اند.", "8")]          // the clause's own verb still takes it
    [InlineData("بیش از ۸ هزار تن از باشندگان روستاها بیجا شده و به شهر رفته‌اند.", "")]             // (another rule's verb)
    public void A_figure_of_some_of_a_named_group_goes_only_to_its_clause_s_verb(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(',', Extract("2026-10-16", sentence).Claims.Where(c => c.Rule == "killed").Select(c => ((Quantity)c.Value).Nominal)));

    [Fact]
    public void Two_figures_in_one_article_are_a_warning_not_an_error()
    {
        var one = Extract("2026-10-16T10:00+03:30", "تا ساعت ۹ امروز ۱۲ نفر جان باختند. تا ساعت ۹ امروز ۱۶ نفر جان باختند.");

        var finding = Assert.Single(ConsistencyChecker.Check([one], Rules).Findings);

        Assert.Equal((FindingKind.SelfContradiction, Severity.Warning), (finding.Kind, finding.Severity));
    }

    [Theory]
    [InlineData("رئیس پلیس گفت", "مدیر اورژانس گفت", Severity.Warning)] // two bodies counting
    [InlineData("رئیس پلیس گفت", "رئیس پلیس گفت", Severity.Error)]     // one body, two figures
    [InlineData("", "", Severity.Error)]                                 // nobody named: the outlets disagree
    public void Two_bodies_counting_within_the_hour_is_a_warning(string first, string second, Severity severity)
    {
        var a = Extract("2026-10-16T09:30+03:30", $"{first} تا ساعت ۹ امروز ۳۱ نفر جان باختند.", "a.txt");
        var b = Extract("2026-10-16T09:40+03:30", $"{second} تا ساعت ۹ امروز ۲۶ نفر جان باختند.", "b.txt");

        var finding = Assert.Single(ConsistencyChecker.Check([a, b], Rules).Findings);

        Assert.Equal((FindingKind.SameDayMismatch, severity), (finding.Kind, finding.Severity));
    }

    [Fact]
    public void A_figure_after_the_whole_is_still_the_whole() =>
        Assert.Equal(16m, ((Quantity)Assert.Single(Extract("2026-10-16", "شمار جان‌باختگان ۱۶ نفر است.").Claims).Value).Nominal);

    [Theory]
    [InlineData("دولت ۱۲ میلیون تومان برای جبران خسارت‌ها و بازسازی خانه‌های روستایی اختصاص می‌دهد.", "12000000")] // 7 words: the clause's own verb
    [InlineData("دولت ۱۲ میلیون تومان برای جبران خسارت‌ها هزینه کرد و برای بازسازی خانه‌ها اختصاص می‌دهد.", "")]  // another clause's verb between
    [InlineData("دولت ۱۲ میلیون تومان برای جبران خسارت‌ها، بازسازی خانه‌های روستایی اختصاص می‌دهد.", "")]      // a comma between
    public void A_verb_ending_the_figure_s_own_clause_reaches_past_the_window(string sentence, string expected)
    {
        var rules = InlineRules.Load("id: pledged\ntitle: {fa: x, en: x}\nvalue: {type: quantity, dimensions: [money]}\ncues: [اختصاص می دهد]\n"
            + "cue-window: 5\nnature: event\nexamples: [{text: بی ربط, none: true}]\n");
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes($"---\npublished: 2026-10-16\n---\n{sentence}\n"));

        Assert.Equal(expected, string.Join(',', new ClaimExtractor(rules).Extract(article).Claims.Select(c => ((Quantity)c.Value).Nominal)));
    }

    [Fact]
    public void A_participle_closing_its_clause_does_not_take_the_figure_after_the_comma()
    {
        var rules = InlineRules.Load("id: pledged\ntitle: {fa: x, en: x}\nvalue: {type: quantity, dimensions: [money]}\ncues: [اختصاص دادند]\n"
            + "cue-window: 5\nnature: event\nexamples: [{text: بی ربط, none: true}]\n");
        var article = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes(
            "---\npublished: 2026-10-16\n---\nاز ۴۰ میلیارد تومانی که دولت اختصاص داده، تاکنون ۱۵ میلیارد تومان به حساب خانواده‌ها رفته است.\n"));

        Assert.DoesNotContain(new ClaimExtractor(rules).Extract(article).Claims, c => ((Quantity)c.Value).Nominal == 15_000_000_000m);
    }

    [Fact]
    public void Spellings_of_one_name_key_one_fact()
    {
        var rules = InlineRules.Load(InlineRules.People("killed", "جان باختند", extra: "key: [{name: event, names: [زلزله, سیل = سیلاب]}]"));
        string Key(string sentence) => Assert.Single(new ClaimExtractor(rules).Extract(
            ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes($"---\npublished: 2026-10-16\n---\n{sentence}\n"))).Claims).Key;

        Assert.Equal("event=سیل", Key("در سیل ۱۲ نفر جان باختند."));
        Assert.Equal("event=سیل", Key("در سیلاب ۱۲ نفر جان باختند."));
        Assert.Equal("event=زلزله", Key("در زلزله ۱۲ نفر جان باختند."));
    }

    [Theory]
    [InlineData("از ۱۴۶ واحدی که تخریب شد، تاکنون ساخت ۸۸ واحد آغاز شده است.", "")]
    [InlineData("بازسازی ۳۰ خانه تخریب‌شده آغاز شد.", "")]
    [InlineData("در این سیل ۸۸ واحد تخریب شد.", "88")]
    [InlineData("در این سیل ۸۸ واحد تخریب شد، ساخت مدرسه هم آغاز شد.", "88")] // a veto in the next clause reaches back to nothing
    public void A_veto_right_before_the_figure_governs_it(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(',', Extract("2026-10-16", sentence).Claims.Where(c => c.Rule == "homes").Select(c => ((Quantity)c.Value).Nominal)));
}

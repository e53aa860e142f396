using System.Text;
using FactCheck.Articles;
using FactCheck.Claims;
using FactCheck.Consistency;
using FactCheck.Rules;

namespace FactCheck.Tests.Claims;

/// <summary>
/// What real reporting does (shared/docs/real-reporting.md), each form a test with rules written
/// inline: when a figure was counted, which number belongs to which noun, what a figure promises,
/// and a verdict a reader can act on.
/// </summary>
public sealed class RealReportingTests
{
    private static string Rule(string id, string cues, string nature = "cumulative", string extra = "") =>
        InlineRules.People(id, cues, nature, extra);

    private static readonly RuleSet Casualties = Load(
        Rule("killed", "کشته, جان باختند, جان باخته اند, کشته‌شدگان, جان‌باختگان"),
        Rule("injured", "مجروح, مجروح شدند, مجروحان, زخمی"));

    private static RuleSet Load(params string[] rules) => InlineRules.Load(rules);

    private static ArticleClaims Extract(RuleSet rules, string body, string published = "2017-11-13", string path = "a.txt", string source = "خبرگزاری")
    {
        var text = $"---\nsource: {source}\npublished: {published}\n---\n{body}\n";
        return new ClaimExtractor(rules).Extract(ArticleReader.Read(path, Encoding.UTF8.GetBytes(text)));
    }

    private static string[] Claims(ArticleClaims a) =>
        [.. a.Claims.Select(c => $"{c.Rule}{(c.Key.Length > 0 ? $"[{c.Key}]" : "")}={(c.Value as FactCheck.Values.Quantity)?.Nominal}")];

    // ---- When a figure holds ----

    [Fact]
    public void The_event_date_in_a_count_sentence_is_not_its_as_of()
    {
        var claim = Assert.Single(Extract(Casualties, "در زلزله ۲۱ آبان ۶۲۰ نفر جان باختند.", published: "2017-12-10").Claims);

        Assert.Equal(new DateOnly(2017, 12, 10), claim.AsOf);
        Assert.Equal(AsOfBasis.Publication, claim.AsOfBasis);
    }

    [Theory]
    [InlineData("تا ساعت ۱۷ امروز ۴۰۷ نفر جان باختند.", "2017-11-13", "17:00")]
    [InlineData("تا عصر دیروز ۴۰۷ نفر جان باختند.", "2017-11-12", "15:00–18:59")]
    [InlineData("۴۰۷ نفر تا ساعت ۲۰:۴۵ امشب جان باختند.", "2017-11-13", "20:45")]
    [InlineData("تا پایان روز ۲۲ آبان ۴۰۷ نفر جان باختند.", "2017-11-13", null)]
    public void An_as_of_phrase_says_when_the_figure_was_counted(string sentence, string day, string? time)
    {
        var claim = Assert.Single(Extract(Casualties, sentence).Claims);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), claim.AsOf);
        Assert.Equal(time, claim.AsOfTime?.ToString());
        Assert.Equal(AsOfBasis.Stated, claim.AsOfBasis);
    }

    [Theory]
    [InlineData("استاندار ساعت ۱۹ امروز در جمع خبرنگاران گفت ۴۰۷ نفر جان باخته‌اند.", "2017-11-13", "19:00")]
    [InlineData("سخنگوی ستاد ساعت ۱۱:۳۰ امروز در نشست خبری گفت: تا این لحظه ۴۰۷ نفر جان باخته‌اند.", "2017-11-13", "11:30")] // the speaker's «now»
    [InlineData("رئیس اورژانس ساعت ۱۰ صبح دیروز اعلام کرد ۴۰۷ نفر جان باختند.", "2017-11-12", "10:00")]
    public void The_moment_a_speaker_spoke_dates_the_figures_said(string sentence, string day, string time)
    {
        var claim = Assert.Single(Extract(Casualties, sentence).Claims);

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), time, AsOfBasis.Stated), (claim.AsOf!.Value, claim.AsOfTime?.ToString(), claim.AsOfBasis));
    }

    [Fact]
    public void A_time_in_another_clause_is_no_statement_time()
    {
        var otherClause = Assert.Single(Extract(Casualties, "زلزله ساعت ۴ بامداد رخ داد و استاندار گفت ۴۰۷ نفر جان باختند.", published: "2017-11-13").Claims);
        var figureBetween = Extract(Casualties, "ساعت ۱۰ امروز ۲۰۰ نفر مجروح بودند که وزیر گفت ۴۰۷ نفر جان باختند.", published: "2017-11-13").Claims;

        Assert.Equal(AsOfBasis.Publication, otherClause.AsOfBasis);
        Assert.Equal(AsOfBasis.Publication, Assert.Single(figureBetween, c => c.Rule == "killed").AsOfBasis);
    }

    [Theory]
    [InlineData("تا این لحظه ۴۰۷ نفر جان باختند.")]
    [InlineData("در آخرین آمار ۴۰۷ نفر جان باختند.")]
    [InlineData("از ۱۴ آبان تاکنون ۴۰۷ نفر جان باختند.")]
    public void Now_and_a_since_date_mean_the_publication_moment(string sentence)
    {
        var claim = Assert.Single(Extract(Casualties, sentence, published: "2017-11-13T10:54+03:30").Claims);

        Assert.Equal(new DateOnly(2017, 11, 13), claim.AsOf);
        Assert.Equal("10:54", claim.AsOfTime?.ToString());
        Assert.Equal(AsOfBasis.Publication, claim.AsOfBasis);
    }

    [Fact]
    public void Hourly_updates_of_a_running_total_are_not_contradictions()
    {
        // Same day, no times: which was counted later cannot be told.
        var report = Check(
            Casualties,
            Extract(Casualties, "۴۰۷ نفر جان باختند.", path: "a.txt"),
            Extract(Casualties, "۳۲۸ نفر جان باختند.", path: "b.txt"),
            Extract(Casualties, "۱۴۱ نفر جان باختند.", path: "c.txt"));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_later_lower_total_with_times_is_a_contradiction_that_disputes_the_lower_figure()
    {
        var report = Check(
            Casualties,
            Extract(Casualties, "تا ساعت ۱۷ امروز ۲۴۰ نفر جان باختند.", path: "a.txt"),
            Extract(Casualties, "تا ساعت ۲۰ امروز ۱۹۵ نفر جان باختند.", path: "b.txt"),
            Extract(Casualties, "تا ساعت ۲۱ امروز ۲۴۳ نفر جان باختند.", path: "c.txt"),
            Extract(Casualties, "تا ساعت ۱۶ امروز ۲۲۰ نفر جان باختند.", path: "d.txt"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.CumulativeDecrease, finding.Kind);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["b.txt"], finding.Disputed.Select(c => c.Path));
    }

    [Fact]
    public void Two_officials_at_the_same_minute_must_agree()
    {
        var report = Check(
            Casualties,
            Extract(Casualties, "به گفته استاندار تا ساعت ۱۷ امروز ۲۴۰ نفر جان باختند.", path: "a.txt"),
            Extract(Casualties, "به گفته پزشکی قانونی تا ساعت ۱۷ امروز ۲۱۰ نفر جان باختند.", path: "b.txt"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.SameDayMismatch, finding.Kind);
        Assert.Equal(2, finding.Dissenting); // one against one: both are questioned
        Assert.Equal(["استاندار", "پزشکی قانونی"], finding.Claims.Select(c => c.Speaker).Order(StringComparer.Ordinal));
    }

    // ---- Who stated it ----

    [Theory]
    [InlineData("به گزارش ایرنا، به گفته استاندار ۴۰۷ نفر جان باختند.", "استاندار", "ایرنا")]
    [InlineData("بنا بر اعلام پزشکی قانونی ۴۰۷ نفر جان باختند.", "پزشکی قانونی", null)]
    [InlineData("به گزارش ایسنا، نجار آخرین آمار را اعلام کرد: ۴۰۷ نفر جان باختند.", "نجار", "ایسنا")]
    [InlineData("۴۰۷ نفر جان باختند.", null, null)]
    [InlineData("به گزارش خبرگزاری ما به نقل از ستاد بحران استان، ۴۰۷ نفر جان باختند.", "ستاد بحران استان", "خبرگزاری ما")] // a body at the end of the chain says it
    [InlineData("به گزارش آران نیوز به نقل از خبرگزاری تسنیم، ۴۰۷ نفر جان باختند.", null, "آران نیوز به نقل از خبرگزاری تسنیم")] // a wire stays the wire
    [InlineData("به گزارش ستاد مدیریت بحران استان، ۴۰۷ نفر جان باختند.", "ستاد مدیریت بحران استان", null)]
    [InlineData("جمعیت هلال احمر می‌گوید ۴۰۷ نفر جان باخته‌اند.", "جمعیت هلال احمر", null)]
    [InlineData("آخرین آمار پزشکی قانونی: ۴۰۷ نفر جان باختند.", "آخرین آمار پزشکی قانونی", null)]
    [InlineData("آمار به تفکیک محل: ۴۰۷ نفر جان باختند.", null, null)] // a lead-in that names nobody
    [InlineData("سخنگوی ستاد بحران اعلام کرد: ۴۰۷ نفر جان باختند.", "سخنگوی ستاد بحران", null)] // the verb's subject, not the lead-in
    [InlineData("کابل، ۲۰ سنبله ۱۴۰۵ - رسانه‌های ایران گزارش داده‌اند که ۴۰۷ نفر جان باختند.", "رسانه‌های ایران", null)] // a dateline is no speaker
    [InlineData("خبرگزاری فردا - فرماندار دهنار گفت ۴۰۷ نفر جان باختند.", "فرماندار دهنار", null)]            // nor an outlet's byline
    [InlineData("فرماندار گفت ۴۰۷ نفر در روستای بالا-ده جان باختند.", "فرماندار", null)]                      // a dash inside a word is no dateline
    public void The_attribution_is_kept_apart_from_the_wire(string sentence, string? speaker, string? via)
    {
        var claim = Assert.Single(Extract(Casualties, sentence).Claims);

        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(via, claim.Via);
    }

    [Theory]
    [InlineData("آمار کشته‌شدگان به تفکیک روستا: بالاده ۲۰۰ نفر و پایین‌ده ۲۰۷ نفر.", "سازمان پزشکی قانونی")] // a breakdown details the figure just credited
    [InlineData("وی شمار کشته‌شدگان را ۴۰۷ نفر اعلام کرد.", "سازمان پزشکی قانونی")]                            // a pronoun subject before an object
    [InlineData("آمار روستاها: بالاده ۲۰۰ نفر کشته داد.", null)]                                                  // a lead-in that itemizes nothing and names nobody
    public void A_follow_up_sentence_keeps_the_speaker_it_continues(string second, string? speaker)
    {
        var claims = Extract(Casualties, "سازمان پزشکی قانونی گفت ۲۰۰ نفر مجروح شدند. " + second).Claims;

        Assert.All(claims.Where(c => c.Rule == "killed"), c => Assert.Equal(speaker, c.Speaker));
        Assert.Contains(claims, c => c.Rule == "killed");
    }

    [Theory]
    [InlineData("به گفته وی ۴۰۷ نفر جان باختند.")]
    [InlineData("به گفته این سازمان، ۴۰۷ نفر جان باختند.")]
    [InlineData("وی افزود ۴۰۷ نفر جان باختند.")]
    public void A_word_that_refers_back_is_the_last_named_speaker(string second)
    {
        var claims = Extract(Casualties, "سازمان پزشکی قانونی گفت ۲۰۰ نفر مجروح شدند. " + second).Claims;

        Assert.Equal(["سازمان پزشکی قانونی", "سازمان پزشکی قانونی"], claims.Select(c => c.Speaker));
    }

    // ---- Which date belongs to which verb ----

    private static readonly RuleSet Started = Load(
        "id: war-start\ntitle: {fa: x, en: start}\nvalue: {type: date}\ncues: [آغاز شد, رخ داد]\ncue-side: either\ncue-window: 4\n"
        + "key:\n  - name: event\n    names: [جنگ, زلزله, سیل]\nnature: event\nexamples: [{text: بی ربط, none: true}]\n");

    [Theory]
    [InlineData("جنگی که از ۲۰ اسفند ۱۴۰۳ در دره آغاز شد و با توافق ۱۹ اردیبهشت ۱۴۰۴ متوقف شد، ویرانی به بار آورد.", "event=جنگ", "2025-03-10")]
    [InlineData("زلزله‌ای که بامداد ۱۸ مهر ۱۴۰۴ رخ داد و تا ۲۰ مهر ۱۴۰۴ پس‌لرزه داشت، شهر را ویران کرد.", "event=زلزله", "2025-10-10")]
    [InlineData("سیلی که ۵ فروردین ۱۴۰۴ آغاز شد و ۸ فروردین ۱۴۰۴ فروکش کرد.", "event=سیل", "2025-03-25")]
    public void A_verb_takes_the_date_of_its_own_clause_and_an_inflected_noun_names_the_event(string sentence, string key, string day)
    {
        var claim = Assert.Single(Extract(Started, sentence, published: "2025-11-01").Claims);

        Assert.Equal(key, claim.Key);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), ((FactCheck.Values.Dates.DateValue)claim.Value).From);
    }

    [Theory]
    [InlineData("دو نفر گرفتار شدند و جان باختند، و به گفته استاندار دست‌کم ۱۴ نفر دیگر به بیمارستان منتقل شدند.", "killed=2")] // the verb closed its clause: 14 is not the dead
    [InlineData("۲۳ نفر مجروح شدند که ۵ نفر از آنان همچنان بستری هستند.", "injured=23")]                             // a subset is no total
    [InlineData("شمار کسانی که در این حادثه جان باخته اند به ۴۰۷ نفر رسید.", "killed=407")]                         // a relative clause runs on
    public void A_number_after_a_finished_clause_or_of_a_subset_is_not_the_cue_s(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', Claims(Extract(Casualties, sentence))));

    [Fact]
    public void A_veto_reaches_to_the_verb_that_ends_the_clause()
    {
        var fire = Load(
            "id: fire-date\ntitle: {fa: x, en: fire}\nvalue: {type: date}\ncues: [آتش‌سوزی]\ncue-side: either\ncue-window: 6\n"
            + "veto: [مهار شد]\nnature: event\nexamples: [{text: بی ربط, none: true}]\n");

        Assert.Empty(Extract(fire, "آتش‌سوزی جنگل‌های منطقه ساعت ۱۷ امروز چهارشنبه به طور کامل مهار شد.", published: "2026-08-12").Claims);
        Assert.Single(Extract(fire, "آتش‌سوزی جنگل‌های منطقه ساعت ۱۵ دیروز آغاز شد، و امروز به طور کامل مهار شد.", published: "2026-08-12").Claims);
    }

    // ---- Which number belongs to which noun ----

    [Theory]
    [InlineData("۴۰۷ نفر جان باختند و ۶۷۰۰ نفر مجروح شدند.")]
    [InlineData("شمار کشته‌شدگان به ۴۰۷ و مجروحان به ۶۷۰۰ نفر رسید.")]
    [InlineData("۶۷۰۰ نفر مجروح شدند و ۴۰۷ نفر جان باختند.")]
    public void Each_number_belongs_to_the_noun_it_counts(string sentence)
    {
        Assert.Equal(["injured=6700", "killed=407"], Claims(Extract(Casualties, sentence)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_breakdown_by_place_gives_one_fact_per_place()
    {
        var claims = Claims(Extract(Casualties, "جان باختگان به تفکیک: سرپل ذهاب: ۵۵۹ نفر (یک تن مجهول‌الهویه)، کرند: ۱۹ نفر."));

        Assert.Equal(["killed[place=سرپل ذهاب]=559", "killed[place=کرند]=19"], claims);
    }

    [Theory]
    [InlineData("در این زمین‌لرزه به تفکیک روستا: پایین‌ده ۱۲ نفر، بالاده ۷ نفر و کلاته ۳ نفر جان باختند.", "killed[place=پایین‌ده]=12")]
    [InlineData("جان‌باختگان روستاها: میان‌ده ۴ نفر و سرچشمه ۹ نفر.", "killed[place=میان‌ده]=4")]
    public void A_place_name_ending_in_a_number_word_is_a_label_not_a_total(string sentence, string first)
    {
        var claims = Claims(Extract(Casualties, sentence));

        Assert.Equal(first, claims[0]);
        Assert.DoesNotContain(claims, c => c.StartsWith("killed=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_number_counts_the_noun_after_it()
    {
        // «دو طرف» counts sides, not the dead.
        Assert.Empty(Extract(Casualties, "اجساد کشته شدگان بین دو طرف مبادله شد.").Claims);
        Assert.Equal(["killed=9"], Claims(Extract(Casualties, "این حادثه ۹ کشته داشت.")));
    }

    [Fact]
    public void A_figure_of_a_group_named_after_az_is_not_that_group()
    {
        var rules = Load(Rule("displaced", "آوارگان", "state"), Rule("returned", "بازگشته اند"));

        Assert.Equal(["returned=48500"], Claims(Extract(rules, "چهل و هشت هزار و پانصد نفر از آوارگان به خانه بازگشته اند.")));
    }

    [Fact]
    public void One_stretch_matched_by_two_cues_of_a_rule_is_one_cue()
    {
        var rules = Load("""
            id: war-start
            title: {fa: x, en: start}
            value: {type: date}
            cues: [آغاز, آغاز شد]
            cue-window: 4
            nature: event
            examples: [{text: جنگ در ۶ مهر ۱۳۹۹ آغاز شد., date: 2020-09-27}]
            """);

        var claims = Extract(rules, "جنگ در ۶ مهر ۱۳۹۹ آغاز شد و ۲۰ آبان ۱۳۹۹ پایان یافت.").Claims;

        Assert.Equal(new DateOnly(2020, 9, 27), ((FactCheck.Values.Dates.DateValue)Assert.Single(claims).Value).From);
    }

    [Fact]
    public void A_vetoed_pair_lets_the_cue_take_its_next_value()
    {
        var rules = Load(Rule("posts", "مقر", "state", "veto: [دیگر]"));

        Assert.Equal(["posts=23"], Claims(Extract(rules, "۴ مقر دیگر و در مجموع ۲۳ مقر.")));
    }

    // ---- What a figure promises ----

    [Fact]
    public void Decimals_are_exact_to_the_digit_written()
    {
        var rules = Load("""
            id: magnitude
            title: {fa: x, en: magnitude}
            value: {type: quantity, dimensions: [magnitude]}
            cues: [زلزله]
            cue-window: 1
            nature: event
            examples: [{text: زلزله ۷.۳ ریشتری, value: 7.3}]
            """);

        var report = Check(rules, Extract(rules, "زلزله ۷.۲ ریشتری", path: "a.txt"), Extract(rules, "زلزله ۷.۳ ریشتری", path: "b.txt"));

        Assert.Single(report.Findings);
    }

    [Theory]
    [InlineData("۶۲۰", "۶۲۵", true)]            // 620 is exact
    [InlineData("۸۰۰", "۸۲۰", false)]           // 800 may be rounded
    [InlineData("نزدیک به ۱۰ هزار", "۹۵۰۰", false)] // just under ten thousand
    [InlineData("نزدیک به ۱۰ هزار", "۵۰۰۰", true)]  // not far below it
    public void A_figure_is_rounded_only_where_its_writing_shows_it(string first, string second, bool disagree)
    {
        var rules = Load(Rule("magnitude", "کشته", "event"));

        var report = Check(rules, Extract(rules, $"{first} کشته", path: "a.txt"), Extract(rules, $"{second} کشته", path: "b.txt"));

        Assert.Equal(disagree, report.Findings.Count > 0);
    }

    // ---- A verdict a reader can act on ----

    [Fact]
    public void Nine_against_one_disputes_the_one_and_one_against_one_both()
    {
        var rules = Load(Rule("magnitude", "کشته", "event"));
        var many = Enumerable.Range(0, 9).Select(i => Extract(rules, "۶۲۰ کشته", path: $"{i}.txt")).Append(Extract(rules, "۶۳۰ کشته", path: "x.txt")).ToArray();

        Assert.Equal(["x.txt"], Assert.Single(Check(rules, many).Findings).Disputed.Select(c => c.Path));
        Assert.Equal(["x.txt", "0.txt"], Assert.Single(Check(rules, many[0], many[9]).Findings).Disputed.Select(c => c.Path));
    }

    private static CheckReport Check(RuleSet rules, params ArticleClaims[] articles) => ConsistencyChecker.Check(articles, rules);
}

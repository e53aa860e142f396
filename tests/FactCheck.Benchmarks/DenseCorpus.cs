using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// The dense shape of real coverage (issue 17): short articles (1–2 KB) about many earthquakes, each
/// with about three claims in sentences crowded with dates and figures; tolls are running totals
/// updated through the day («تا ساعت ۱۷ امروز»), broken down by village, and one article in twenty
/// carries a changed figure, so that a large corpus yields thousands of findings. The same seed gives
/// the same bytes.
/// </summary>
public static class DenseCorpus
{
    private static readonly string[] Outlets =
    [
        "ایرنا", "ایسنا", "تسنیم", "فارس", "مهر", "همشهری", "خبرآنلاین", "اعتماد", "شرق", "جام جم", "تابناک", "عصر ایران",
        "فرارو", "ایلنا", "صدا و سیما", "باشگاه خبرنگاران جوان",
    ];

    private static readonly string[] Counties = ["سرآبگل", "چمنار", "کوهدشت", "الشتر", "نورآباد", "ازنا", "سپیددشت", "بیرانشهر", "زاغه", "ویسیان"];

    private static readonly string[] VillageStarts = ["ده", "چم", "کلاته", "سر", "گل", "آب", "تنگ", "قلعه", "باغ", "دشت", "کوه", "چشمه"];

    private static readonly string[] VillageEnds = ["نو", "شیر", "سفید", "سبز", "بید", "انار", "گیلان", "ریز", "باریک", "زرد", "لاله", "کبود", "سنگ", "مرد", "بلند"];

    private static readonly string[] Months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly string[] Filler =
    [
        "کد خبر {0} - هلال احمر {1} تیم امدادی و {2} دستگاه خودرو را از ساعت {3} صبح به منطقه اعزام کرده است.",
        "بر اساس اعلام اورژانس، {1} آمبولانس و {2} بالگرد در عملیات امداد شرکت دارند و تا ساعت {3} عصر ۴ پرواز انجام شد.",
        "فرماندار گفت که {1} چادر و {2} تخته پتو میان آسیب‌دیدگان در {3} روستا توزیع شده است.",
        "مرکز لرزه‌نگاری از ثبت {1} پس‌لرزه تا ساعت {3} خبر داد که بزرگ‌ترین آن‌ها {2} دقیقه پس از زلزله اصلی رخ داد.",
        "مدارس {3} روستا تا پایان هفته تعطیل است و {1} خانوار در اردوگاه‌های موقت اسکان یافته‌اند.",
    ];

    private static readonly PersianCalendar Jalali = new();
    private static readonly DateOnly First = new(2023, 3, 21);

    /// <summary>One article, a function of the random stream and its number: about 60 articles an earthquake.</summary>
    public static string Article(Random random, int number)
    {
        var quake = number / 60;
        var facts = new Random(quake); // what is true of this earthquake, the same for every article about it
        var day = First.AddDays(quake * 2);
        var county = Counties[facts.Next(Counties.Length)];
        var toll = 20 + facts.Next(400);
        var magnitude = 4.5m + (facts.Next(25) / 10m);
        var (hour, minute) = (facts.Next(24), facts.Next(60));
        var villages = Enumerable.Range(0, 3).Select(_ => Village(facts)).Distinct().ToArray();

        var nextDay = random.Next(4) == 0;
        var published = nextDay ? day.AddDays(1) : day;
        var clock = nextDay ? 6 + random.Next(6) : Math.Max(hour + 1, 6) + random.Next(Math.Max(1, 23 - Math.Max(hour + 1, 6)));
        var changed = random.Next(20) == 0; // one article in twenty carries a changed figure
        // a running total: about a third of the toll in the first hours, all of it by the next morning
        var killed = nextDay ? toll : toll * (30 + (70 * Math.Min(clock, 23) / 23)) / 100;
        if (changed)
        {
            killed = killed * 3 / 4;
        }

        var injured = killed * (8 + facts.Next(5));
        var outlet = Outlets[random.Next(Outlets.Length)];
        var b = new StringBuilder(2000);
        b.Append("---\nsource: ").Append(outlet).Append("\npublished: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n---\n");
        b.Append("به گزارش ").Append(outlet).Append("، تا ساعت ").Append(Persian(clock)).Append(nextDay ? " صبح امروز" : " امروز")
            .Append(" شمار جان‌باختگان زلزله ").Append(JalaliDay(day)).Append(' ').Append(county).Append(" به ").Append(Persian(killed))
            .Append(" نفر و مجروحان به ").Append(Persian(injured)).Append(" نفر رسید.\n\n");
        Fill(random, b);
        if (random.Next(2) == 0)
        {
            var share = killed / 2;
            b.Append("آمار جان‌باختگان به تفکیک محل: ").Append(villages[0]).Append(' ').Append(Persian(share)).Append(" نفر، ");
            b.Append(villages[^1]).Append(' ').Append(Persian(killed / 5)).Append(" نفر و ").Append(county).Append(' ').Append(Persian(killed - share - (killed / 5))).Append(" نفر.\n\n");
        }
        else
        {
            var stated = changed && random.Next(2) == 0 ? magnitude + 0.3m : magnitude;
            b.Append("زلزله‌ای به بزرگی ").Append(Persian(stated.ToString("0.0", CultureInfo.InvariantCulture))).Append(" ریشتر ساعت ").Append(Persian(hour))
                .Append(" و ").Append(Persian(minute)).Append(" دقیقه روز ").Append(JalaliDay(day)).Append(' ').Append(Persian(Jalali.GetYear(day.ToDateTime(TimeOnly.MinValue))))
                .Append(" شهرستان ").Append(county).Append(" را لرزاند.\n\n");
        }

        Fill(random, b);
        if (b.Length < 900)
        {
            Fill(random, b);
        }

        return b.ToString();
    }

    private static void Fill(Random random, StringBuilder b)
    {
        var template = Filler[random.Next(Filler.Length)];
        b.Append(string.Format(CultureInfo.InvariantCulture, template, Persian(100000 + random.Next(900000)), Persian(5 + random.Next(200)), Persian(2 + random.Next(60)), Persian(1 + random.Next(12))));
        b.Append(' ').Append(string.Format(CultureInfo.InvariantCulture, Filler[random.Next(Filler.Length)], Persian(100000 + random.Next(900000)), Persian(5 + random.Next(200)), Persian(2 + random.Next(60)), Persian(1 + random.Next(12))));
        b.Append("\n\n");
    }

    private static string Village(Random facts) => VillageStarts[facts.Next(VillageStarts.Length)] + "‌" + VillageEnds[facts.Next(VillageEnds.Length)];

    private static string JalaliDay(DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        return $"{Persian(Jalali.GetDayOfMonth(time))} {Months[Jalali.GetMonth(time) - 1]}";
    }

    private static string Persian(int n) => Persian(n.ToString(CultureInfo.InvariantCulture));

    private static string Persian(string ascii) =>
        string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c == '.' ? '٫' : c));
}

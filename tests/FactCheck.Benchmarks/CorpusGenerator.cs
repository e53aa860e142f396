using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// A deterministic corpus of Persian news about Karabakh, as large as asked: the same seed gives the
/// same bytes. Facts evolve as the real ones did (running totals grow with time, the ceasefire date
/// stays put), written in every form the rules must read (Persian, ASCII and word numbers, Jalali and
/// Gregorian dates); about one article in a hundred gets a fact wrong, so the check has work to do.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Outlets =
    [
        "ایرنا", "ایسنا", "تسنیم", "فارس", "مهر", "مشرق", "آران نیوز", "حقایق قفقاز", "پرسون", "همشهری", "خبرآنلاین",
        "اعتماد", "شرق", "جام جم", "باشگاه خبرنگاران جوان", "دیپلماسی ایرانی", "تابناک", "عصر ایران", "فرارو", "انتخاب",
        "ایلنا", "ایبنا", "صدا و سیما", "پارس تودی",
    ];

    private static readonly string[] Filler =
    [
        "ولادیمیر پوتین رئیس جمهوری روسیه با بیان اینکه هدف تلاش های صلح جویانه روسیه تقویت صلح و ثبات در منطقه قفقاز جنوبی است، گفت که روند اجرای توافق ها ادامه دارد.",
        "وزیر امور خارجه روسیه در نشست مطبوعاتی گفت که اگرچه ثبات در این منطقه حکمفرماست، اما مسائل زیادی وجود دارد که باید حل شود.",
        "دو طرف بر اهمیت ادامه تلاش ها برای حل و فصل سیاسی-دیپلماتیک حوادث مرزی بین ارمنستان و جمهوری آذربایجان تاکید کردند.",
        "روسیه با ارمنستان و جمهوری آذربایجان روابط حسنه دارد و برای حل و فصل مساله قره باغ با استفاده از این روابط تلاش می کند.",
        "در این مکالمه تلفنی به پیشبرد راه حل ها برای حل مسائل انسانی قره باغ توجه خاص شد.",
        "رئیس جمهوری روسیه خاطرنشان کرد که مرکز بین المللی واکنش انسانی در قره باغ بطور موثر فعالیت می کند.",
        "کارشناسان معتقدند بازگشایی راه های حمل و نقل می تواند به رونق اقتصادی منطقه کمک کند.",
        "نیروهای حافظ صلح روسی در امتداد خط تماس و کریدور لاچین مستقر شده اند.",
        "دفتر مطبوعاتی کاخ کرملین در بیانیه ای نوشت که دیدار و تماس حضوری برای دستیابی به نتایج مورد نیاز پرثمرتر است.",
        "هنوز عملیات پاکسازی مین در قره باغ و همچنین بازگرداندن افراد بازداشت شده به پایان نرسیده است.",
        "تلاش های بین المللی برای حل مسالمت آمیز مناقشه قره باغ در دهه های گذشته نتیجه ای نداشت.",
        "اقدام های جدایی طلبانه و تلاش ها برای الحاق این منطقه منجر به درگیری های نظامی سالهای ۱۹۹۲ الی ۱۹۹۴ میلادی شد.",
        "وی همچنین از آمادگی روسیه برای کمک و همکاری لازم در زمینه بازسازی اماکن عمومی و مسکونی خبر داد.",
        "سخنگوی وزارت خارجه گفت که تهران از هرگونه ابتکار برای تقویت صلح پایدار در قفقاز جنوبی حمایت می کند.",
        "بسیاری از ساکنان منطقه هنوز در انتظار بازسازی خانه های خود هستند و زمستان سختی را پیش رو دارند.",
        "گروه مینسک سازمان امنیت و همکاری اروپا نیز بر ضرورت ادامه گفت و گوها تاکید کرده است.",
        "به گفته ناظران، حضور نیروهای حافظ صلح به جلوگیری از اقدامات خشونت آمیز کمک کرده است.",
        "نشست سه جانبه سران در فضای کاری برگزار شد و اقدامات لازم برای پیشرفت اقتصادی بررسی شد.",
        "دبیرکل سازمان ملل با وزرای خارجه دو کشور به طور جداگانه دیدار کرد و درباره وضعیت مرزها صحبت کرد.",
        "مقامات محلی از آغاز طرح های تازه برای بازگرداندن آب و برق به روستاهای آسیب دیده خبر دادند.",
        "این گزارش می افزاید که گفت و گوها درباره تحویل نقشه های میادین مین ادامه دارد.",
        "ارمنستان و جمهوری آذربایجان مواضع خود را حفظ کردند و چندین منطقه به باکو واگذار شد.",
    ];

    private static readonly DateOnly Ceasefire = new(2020, 11, 9);
    private static readonly DateOnly MoscowMeeting = new(2021, 1, 11);
    private static readonly DateOnly First = new(2020, 11, 20);
    private static readonly DateOnly Last = new(2022, 12, 31);
    private static readonly PersianCalendar Jalali = new();

    public static int Write(string dir, int megabytes, int seed) => Write(dir, megabytes, seed, Article);

    /// <summary>Articles made by <paramref name="article"/> until the corpus holds the megabytes asked for.</summary>
    public static int Write(string dir, int megabytes, int seed, Func<Random, int, string> article)
    {
        Directory.CreateDirectory(dir);
        var random = new Random(seed);
        long written = 0;
        var target = megabytes * 1_000_000L;
        var n = 0;
        while (written < target)
        {
            var text = article(random, n);
            var folder = Path.Combine(dir, (n / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"{n:D6}.txt"), bytes);
            written += bytes.Length;
            n++;
        }

        Console.WriteLine($"generated {n} articles, {written / 1e6:F1} MB in {dir} (seed {seed})");
        return 0;
    }

    /// <summary>One article, a function of the random stream only.</summary>
    public static string Article(Random random, int number)
    {
        var published = First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
        var wrong = random.Next(100) == 0; // about one article in a hundred gets a fact wrong
        var outlet = Outlets[random.Next(Outlets.Length)];
        var b = new StringBuilder(4500);
        b.Append("---\nsource: ").Append(outlet).Append("\npublished: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append("\ntitle: \"گزارش شماره ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" درباره قره باغ\"\ntags: [generated]\n---\n");
        b.Append("به گزارش ").Append(outlet).Append("، ").Append(Pick(random, Filler)).Append("\n\n");
        var claims = Claims(random, published, wrong).OrderBy(_ => random.Next()).ToList();
        var paragraphs = 8 + random.Next(6);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                b.Append(Pick(random, Filler)).Append(' ');
            }

            if (claims.Count > 0 && random.Next(2) == 0)
            {
                b.Append(claims[^1]).Append(' ');
                claims.RemoveAt(claims.Count - 1);
            }

            b.Append("\n\n");
        }

        foreach (var claim in claims)
        {
            b.Append(claim).Append("\n\n");
        }

        return b.ToString();
    }

    private static IEnumerable<string> Claims(Random random, DateOnly published, bool wrong)
    {
        var days = published.DayNumber - MoscowMeeting.DayNumber;
        var which = random.Next(6);
        var error = wrong ? random.Next(4) : -1;
        if (which is 0 or 1 || error == 0)
        {
            var posts = error == 0 ? 31 : 23;
            yield return $"وی افزود: در محدوده عمل صلحبانان روس {Number(random, posts)} مقر بازرسی فعالیت می کند و چهار مقر دیگر هم مسوول تامین امنیت کوریدور لاچین است.";
        }

        if (published >= MoscowMeeting && (which is 1 or 2 || error == 1))
        {
            // a running total: 48 thousand on 11 January 2021, then about 120 a day
            var thousands = (48_000 + (120 * days)) / 1000;
            if (error == 1)
            {
                thousands -= 15;
            }

            // «بیش از» is open above and can never contradict a higher total: a wrong figure is written bare
            var qualifier = error == 1 ? string.Empty : "بیش از ";
            yield return $"پوتین اظهار کرد: از روز ۱۴ ماه نوامبر سال ۲۰۲۰ تاکنون {qualifier}{Number(random, thousands)} هزار نفر از پناهندگان به منطقه قره باغ بازگشته اند.";
        }

        if (published >= MoscowMeeting && (which is 2 or 3))
        {
            var materials = 800 + (days / 10 * 10);
            var cargo = 1.5m + (days / 100 * 0.1m);
            yield return $"وی ادامه داد: روسیه {Number(random, materials)} تن مصالح ساختمانی و بیش از {Decimal(cargo)} میلیون تن محموله های کمک های انسانی به قره باغ ارسال کرده است.";
        }

        if (published >= MoscowMeeting && (which is 3 or 4 || error == 2))
        {
            var hectares = 479 + (2 * days) + (error == 2 ? 300 : 0);
            yield return $"واحدهای نظامی روسی {Number(random, hectares)} هکتار اراضی این منطقه را از وجود مین و مواد منفجره پاکسازی کرده اند.";
        }

        if (which is 4 or 5 || error == 3)
        {
            yield return $"در {Date(random, error == 3 ? Ceasefire.AddDays(3) : Ceasefire)} رهبران روسیه، ارمنستان و جمهوری آذربایجان بیانیه مشترکی در مورد آتش بس کامل در قره باغ امضا کردند.";
        }

        if (which == 5)
        {
            yield return "جمهوری آذربایجان در جریان درگیری های نظامی ۴۴ روزه توانست سرزمین های اشغالی خود در قره باغ را آزاد کند.";
        }
    }

    /// <summary>A number as Persian news writes it: Persian digits mostly, sometimes ASCII, sometimes words.</summary>
    private static string Number(Random random, int n) => random.Next(10) switch
    {
        0 => n.ToString(CultureInfo.InvariantCulture),
        1 when n < 1000 => Words(n),
        _ => Persian(n.ToString(CultureInfo.InvariantCulture)),
    };

    private static string Decimal(decimal d) => Persian(d.ToString("0.0", CultureInfo.InvariantCulture));

    private static string Date(Random random, DateOnly day) => random.Next(4) switch
    {
        0 => $"{Persian(day.Day.ToString(CultureInfo.InvariantCulture))} نوامبر {Persian(day.Year.ToString(CultureInfo.InvariantCulture))}",
        1 => $"{day.Day} نوامبر {day.Year}",
        2 => $"روز {Persian(day.Day.ToString(CultureInfo.InvariantCulture))} ماه نوامبر سال {Persian(day.Year.ToString(CultureInfo.InvariantCulture))}",
        _ => JalaliText(day),
    };

    private static string JalaliText(DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        string[] months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
        return $"{Persian(Jalali.GetDayOfMonth(time).ToString(CultureInfo.InvariantCulture))} {months[Jalali.GetMonth(time) - 1]} {Persian(Jalali.GetYear(time).ToString(CultureInfo.InvariantCulture))}";
    }

    private static string Persian(string ascii) =>
        string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c == '.' ? '٫' : c));

    private static string Words(int n)
    {
        string[] units = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"];
        string[] teens = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"];
        string[] tens = ["", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"];
        string[] hundreds = ["", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"];
        var parts = new List<string>();
        if (n >= 100)
        {
            parts.Add(hundreds[n / 100]);
            n %= 100;
        }

        if (n >= 20)
        {
            parts.Add(tens[n / 10]);
            n %= 10;
        }
        else if (n >= 10)
        {
            parts.Add(teens[n - 10]);
            n = 0;
        }

        if (n > 0)
        {
            parts.Add(units[n]);
        }

        return string.Join(" و ", parts);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}

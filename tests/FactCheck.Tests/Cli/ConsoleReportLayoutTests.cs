using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCheck.Tests.Fixtures;

namespace FactCheck.Tests.Cli;

/// <summary>
/// The console report as a terminal shows it: every line within the width, no date, number or path
/// cut, and Persian runs isolated so that a bidi renderer (FriBidi, as bidi terminals lay lines out)
/// keeps every date, number and path whole and in order.
/// </summary>
public sealed class ConsoleReportLayoutTests
{
    private const char Fsi = '\u2068';
    private const char Pdi = '\u2069';

    public static TheoryData<string, int> Runs => new()
    {
        { "fixtures/stories/quake", 80 },
        { "fixtures/stories/quake", 120 },
        { "fixtures/seeds", 80 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_line_fits_the_width(string folder, int columns)
    {
        var lines = Report(folder, columns);

        Assert.True(lines.Count > 20, $"{lines.Count} lines");
        Assert.All(lines, l => Assert.True(Width(l) <= columns, $"{Width(l)} columns: {l}"));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void No_date_number_or_path_is_cut(string folder, int columns)
    {
        // Laid out wide enough that nothing wraps, then at the width: the same words, none cut.
        var wide = Words(Report(folder, 100_000));
        var narrow = Words(Report(folder, columns));

        Assert.Equal(wide, narrow);
        Assert.Contains(narrow, w => w.Contains(".txt:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_bidi_renderer_keeps_dates_numbers_and_paths_in_order(string folder, int columns)
    {
        var logical = Report(folder, columns);
        var visual = FriBidi(logical);

        // Outside the Persian runs, every date, number and path stands where it stood; each run is
        // laid out right to left as one block between its isolates, and so is its content.
        Assert.Equal(logical.Count, visual.Count);
        for (var i = 0; i < logical.Count; i++)
        {
            Assert.Equal(Latin(OutsideIsolates(logical[i])), Latin(OutsideIsolates(visual[i])));
            Assert.Equal(logical[i].Count(c => c == Fsi), visual[i].Count(c => c == Fsi));
        }

        Assert.Contains(logical, l => l.Contains(Fsi, StringComparison.Ordinal));
        Assert.All(logical, l => Assert.Equal(l.Count(c => c == Fsi), l.Count(c => c == Pdi)));
    }

    [Fact]
    public void Without_isolates_a_bidi_renderer_moves_a_date_written_after_a_persian_name()
    {
        // What the isolates are for: the same line without them comes out reordered.
        const string Line = "a \u2068پایگاه خبری پیام\u2069 (2026-03-03) says 3";
        var bare = Line.Replace(Fsi.ToString(), string.Empty, StringComparison.Ordinal).Replace(Pdi.ToString(), string.Empty, StringComparison.Ordinal);

        var visual = FriBidi([Line, bare]);

        Assert.Equal(Latin(OutsideIsolates(Line)), Latin(OutsideIsolates(visual[0])));
        Assert.NotEqual(Latin(bare), Latin(visual[1]));
    }

    private static string OutsideIsolates(string line)
    {
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in line)
        {
            depth += c == Fsi ? 1 : c == Pdi ? -1 : 0;
            outside.Append(depth == 0 && c != Pdi ? c : ' ');
        }

        return outside.ToString();
    }

    private static List<string> Report(string folder, int columns)
    {
        var result = FactCheckProcess.RunWithColumns(["check", folder], columns, FixtureFiles.Root);
        Assert.Equal(string.Empty, result.Stderr);
        return [.. result.Stdout.TrimEnd('\n').Split('\n')];
    }

    // Terminal columns: joiners, bidi marks and isolates, and combining marks take none.
    private static int Width(string line) =>
        line.Count(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.Surrogate));

    private static List<string> Words(IEnumerable<string> lines) =>
        [.. lines.SelectMany(l => l.Replace(Fsi.ToString(), string.Empty, StringComparison.Ordinal).Replace(Pdi.ToString(), string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    // The runs of ASCII letters, digits and path or date punctuation, in the order they stand.
    private static List<string> Latin(string line)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        foreach (var c in line + " ")
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or ':' or '.' or '_' or ',')
            {
                run.Append(c);
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }

        return runs;
    }

    // FriBidi lays each line out left to right as a terminal with bidi support does (.ci/run installs it).
    private static List<string> FriBidi(IReadOnlyList<string> lines)
    {
        var start = new ProcessStartInfo("fribidi")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { "--ltr", "--nopad", "--nobreak" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(string.Join('\n', lines) + "\n");
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "fribidi did not finish");
        return [.. output.Result.TrimEnd('\n').Split('\n')];
    }
}

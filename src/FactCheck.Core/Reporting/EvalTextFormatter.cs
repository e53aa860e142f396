using System.Globalization;
using FactCheck.Evaluation;
using FactCheck.Reporting.Escaping;

namespace FactCheck.Reporting;

/// <summary><c>eval</c>: a story's scores, then what was missed or wrong, so the next fix is plain.</summary>
public static class EvalTextFormatter
{
    /// <summary>The scores alone, one line: what <c>dotnet test</c> prints for each story.</summary>
    public static string Summary(EvalScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.Story}: claims precision {s.ClaimPrecision:P1} ({s.ClaimsMatched}/{s.ClaimsFound}), recall {s.ClaimRecall:P1} ({s.ClaimsMatched}/{s.ClaimsExpected}); "
            + $"findings precision {s.FindingPrecision:P1} ({s.FindingsTrue}/{s.FindingsReported}), recall {s.FindingRecall:P1} ({s.PlantedFound}/{s.Planted}); "
            + $"as-of {s.AsOfAccuracy:P1} ({s.AsOfRight}/{s.AsOfChecked}), attribution {s.AttributionAccuracy:P1} ({s.AttributionRight}/{s.AttributionChecked}); "
            + $"must-not-flag broken {s.MustNotFlagViolations.Count}") + Copies(s);
    }

    // Only for a gold that says which articles are copies: the other stories' lines stay as they were.
    private static string Copies(EvalScore s) => !s.CopiesScored ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $"; copies precision {s.CopyPrecision:P1} ({s.CopyPairsMatched}/{s.CopyPairsFound}), recall {s.CopyRecall:P1} ({s.CopyPairsMatched}/{s.CopyPairsExpected})");

    public static void Write(TextWriter output, EvalScore s, bool details)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(s);
        output.WriteLine(TerminalText.Field(Summary(s)));
        if (!details)
        {
            return;
        }

        foreach (var g in s.MissedClaims)
        {
            output.WriteLine(TerminalText.Field(string.Create(CultureInfo.InvariantCulture, $"  missed claim   {g.Article}:{g.Line} {g.Fact} {(object?)g.Value ?? g.Date}")));
        }

        foreach (var c in s.ExtraClaims)
        {
            output.WriteLine(TerminalText.Field(string.Create(CultureInfo.InvariantCulture, $"  extra claim    {Scorer.FileName(c.Path)}:{c.Line}:{c.Column} {c.Rule} «{c.Text}»")));
        }

        foreach (var (c, g) in s.WrongAsOf)
        {
            var time = c.AsOfTime is { } t ? $" {t}" : string.Empty;
            output.WriteLine(TerminalText.Field(string.Create(CultureInfo.InvariantCulture, $"  wrong as-of    {g.Article}:{g.Line} {g.Fact}: {c.AsOf:yyyy-MM-dd}{time}, gold {g.AsOf:yyyy-MM-dd HH:mm}")));
        }

        foreach (var (c, g) in s.WrongAttribution)
        {
            output.WriteLine($"  wrong speaker  {g.Article}:{g.Line} {g.Fact}: {c.Speaker ?? "(none)"}, gold {g.Attribution}");
        }

        foreach (var f in s.FalseFindings)
        {
            output.WriteLine(TerminalText.Field($"  false finding  {f.Severity.ToString().ToLowerInvariant()} {f.Rule} {f.Kind}: {f.Message}"));
        }

        foreach (var p in s.MissedFindings)
        {
            output.WriteLine(TerminalText.Field($"  missed finding {p.Fact}: {string.Join(", ", p.Disputed)} ({p.Why})"));
        }

        foreach (var (f, p) in s.MustNotFlagViolations)
        {
            output.WriteLine(TerminalText.Field($"  must-not-flag  {p.Fact}: {string.Join(" / ", p.Articles)} flagged by {f.Kind} ({p.Why})"));
        }
    }
}

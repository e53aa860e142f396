using FactCheck.Rules;

namespace FactCheck.Reporting.Terminal;

/// <summary>How the console report is laid out.</summary>
/// <param name="Colour">ANSI colours: only on a terminal, and never with NO_COLOR (the CLI decides).</param>
/// <param name="Width">Columns a line may take: the terminal's width, else COLUMNS, else <see cref="DefaultWidth"/>.</param>
/// <param name="Quiet">Findings only: no agreeing fact, no header, no baseline list, no summary line.</param>
/// <param name="Rules">The rules in use, named in the header; null for no header.</param>
public sealed record TextReportOptions(bool Colour, int Width = TextReportOptions.DefaultWidth, bool Quiet = false, RuleSet? Rules = null)
{
    /// <summary>The width when nothing tells it: output to a file or a pipe, with no COLUMNS.</summary>
    public const int DefaultWidth = 100;

    /// <summary>Narrower than this, a report cannot show a path beside its status: lines overflow instead.</summary>
    public const int NarrowestWidth = 40;
}

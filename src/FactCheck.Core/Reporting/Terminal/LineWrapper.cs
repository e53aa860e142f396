using System.Text;

namespace FactCheck.Reporting.Terminal;

/// <summary>
/// Lays out one entry of the console report within the terminal's width: fields apart by their gap,
/// a line broken between fields, or, for a field too long for a whole line, between its unbreakable
/// runs (<see cref="UnbreakableRuns"/>); continuation lines hang under the first field. Each Persian
/// run is isolated on the line it lands on, and colour wraps each field's part of a line.
/// </summary>
internal sealed class LineWrapper(int width, Func<string, string, string> paint)
{
    /// <summary>A report field: its text (already made safe for the terminal), its colour code or null, the spaces before it, and the width it is padded to.</summary>
    public readonly record struct Field(string Text, string? Colour = null, int Gap = 2, int Pad = 0);

    public IEnumerable<string> Lay(int indent, int hang, params Field[] fields)
    {
        var lines = new List<string>();
        var line = new StringBuilder(new string(' ', indent));
        var segment = new StringBuilder();
        var used = indent;
        var lineHasField = false;
        var padding = 0;
        foreach (var field in fields)
        {
            var whole = DisplayWidth.Of(field.Text);
            var gap = lineHasField ? field.Gap + padding : 0;
            if (lineHasField && used + gap + whole > width && hang + whole <= width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(' ', hang);
                used = hang;
                gap = 0;
            }

            // Run by run: the field continues on the next line where it does not fit.
            line.Append(' ', gap);
            used += gap;
            var first = true;
            foreach (var run in UnbreakableRuns.Of(field.Text, Math.Max(1, width - hang)))
            {
                var w = DisplayWidth.Of(run);
                var space = first ? 0 : 1;
                if (used > hang && used + space + w > width)
                {
                    Flush(line, segment, field.Colour);
                    lines.Add(line.ToString().TrimEnd(' '));
                    line.Clear().Append(' ', hang);
                    used = hang;
                    space = 0;
                }

                segment.Append(' ', space).Append(BidiIsolation.Isolate(run));
                used += space + w;
                first = false;
            }

            Flush(line, segment, field.Colour);
            lineHasField = true;
            padding = Math.Max(0, field.Pad - whole);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private void Flush(StringBuilder line, StringBuilder segment, string? colour)
    {
        if (segment.Length > 0)
        {
            line.Append(colour is null ? segment.ToString() : paint(segment.ToString(), colour));
            segment.Clear();
        }
    }
}

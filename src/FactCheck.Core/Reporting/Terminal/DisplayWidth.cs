using System.Globalization;

namespace FactCheck.Reporting.Terminal;

/// <summary>How many terminal columns a string takes: joiners, bidi marks and isolates, and combining marks take none.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue; // a pair counts once; U+200C, U+200E/F and U+2066–2069 are Format
            }

            width++;
        }

        return width;
    }
}

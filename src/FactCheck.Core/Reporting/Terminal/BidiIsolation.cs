namespace FactCheck.Reporting.Terminal;

/// <summary>
/// Persian runs wrapped in Unicode bidi isolates (FSI U+2068 … PDI U+2069): a bidi terminal lays each
/// run out right to left as one block, so a closing «»» stays with its quote and the dates and numbers
/// beside it keep their place; a terminal without bidi shows the characters as they are, in order.
/// </summary>
internal static class BidiIsolation
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// The run isolated when it holds a right-to-left letter, else as it is. Brackets and punctuation
    /// at its ends belong to the English around it and stay outside: «(پرسون)» keeps its brackets
    /// where the sentence put them.
    /// </summary>
    public static string Isolate(string run)
    {
        if (!HasRightToLeft(run))
        {
            return run;
        }

        var start = 0;
        while (start < run.Length && run[start] is '(' or '[')
        {
            start++;
        }

        var end = run.Length;
        while (end > start && run[end - 1] is ')' or ']' or ',' or ';' or ':' or '.')
        {
            end--;
        }

        return $"{run[..start]}{FirstStrongIsolate}{run[start..end]}{PopDirectionalIsolate}{run[end..]}";
    }

    /// <summary>Hebrew, Arabic and the scripts around them (U+0590–08FF), and Arabic presentation forms.</summary>
    public static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}

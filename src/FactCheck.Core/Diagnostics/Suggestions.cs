namespace FactCheck.Diagnostics;

/// <summary>"Did you mean …" for a misspelt key or value: the nearest allowed word within two edits.</summary>
public static class Suggestions
{
    public static string DidYouMean(string? written, IEnumerable<string> allowed)
    {
        if (string.IsNullOrEmpty(written))
        {
            return string.Empty;
        }

        var lower = written.ToLowerInvariant();
        var best = allowed.MinBy(a => Distance(a, lower));
        return best is not null && Distance(best, lower) <= 2 ? $" (did you mean '{best}'?)" : string.Empty;
    }

    public static string OneOf(IEnumerable<string> allowed) => "expected one of " + string.Join(", ", allowed);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

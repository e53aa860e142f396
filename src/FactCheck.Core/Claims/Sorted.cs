namespace FactCheck.Claims;

/// <summary>Binary search over a list in text order, for the per-sentence lists a long sentence makes long.</summary>
internal static class Sorted
{
    /// <summary>The first index at or after <paramref name="from"/> where <paramref name="holds"/>, which turns from false to true once along the list, is true; the count if never.</summary>
    public static int FirstWhere<T>(IReadOnlyList<T> items, int from, Func<T, bool> holds)
    {
        int lo = from, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (holds(items[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}

namespace FactCheck.Consistency;

/// <summary>
/// How many closed intervals cover each of a fixed set of points (indexes 0..n-1), as intervals come
/// and go: adding or removing one and asking for the most covered point each cost log n. A sliding
/// window of claims keeps its agreed point here instead of sorting the window again at every conflict.
/// </summary>
internal sealed class CoverageTree
{
    private readonly int _size;
    private readonly int[] _max; // the most coverage in a node's range, its own pending add included
    private readonly int[] _add; // coverage added to the whole of a node's range

    public CoverageTree(int points)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        _size = 1;
        while (_size < points)
        {
            _size <<= 1;
        }

        _max = new int[2 * _size];
        _add = new int[2 * _size];
    }

    /// <summary>The coverage of the most covered point.</summary>
    public int Max => _max[1];

    /// <summary>Adds (delta +1) or removes (delta -1) the interval covering points [from, to].</summary>
    public void Add(int from, int to, int delta) => Add(1, 0, _size - 1, from, to, delta);

    /// <summary>The lowest point with the most coverage.</summary>
    public int MostCovered()
    {
        int node = 1, lo = 0, hi = _size - 1, target = _max[1];
        while (lo < hi)
        {
            target -= _add[node];
            var mid = (lo + hi) / 2;
            if (_max[2 * node] == target)
            {
                (node, hi) = (2 * node, mid);
            }
            else
            {
                (node, lo) = ((2 * node) + 1, mid + 1);
            }
        }

        return lo;
    }

    private void Add(int node, int lo, int hi, int from, int to, int delta)
    {
        if (to < lo || hi < from)
        {
            return;
        }

        if (from <= lo && hi <= to)
        {
            _max[node] += delta;
            _add[node] += delta;
            return;
        }

        var mid = (lo + hi) / 2;
        Add(2 * node, lo, mid, from, to, delta);
        Add((2 * node) + 1, mid + 1, hi, from, to, delta);
        _max[node] = Math.Max(_max[2 * node], _max[(2 * node) + 1]) + _add[node];
    }
}

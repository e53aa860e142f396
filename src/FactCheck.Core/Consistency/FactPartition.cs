using System.Text;

namespace FactCheck.Consistency;

/// <summary>
/// One of <see cref="Count"/> shares of the facts, for lining up on several machines: a fact belongs to
/// share <see cref="Index"/> (1-based) when the 64-bit FNV-1a hash of its rule id's UTF-8 bytes, a zero
/// byte and its key's UTF-8 bytes, modulo <see cref="Count"/>, is <see cref="Index"/> − 1. The hash is
/// fixed (never the runtime's string hash, which changes from process to process), so any engine can
/// compute the same shares.
/// </summary>
public sealed record FactPartition(int Index, int Count)
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Reads «I/N» with 1 ≤ I ≤ N; null when the text is not one.</summary>
    public static FactPartition? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && index >= 1 && index <= count
            ? new FactPartition(index, count)
            : null;
    }

    public bool Holds(string rule, string key) => (int)(Hash(rule, key) % (ulong)Count) == Index - 1;

    /// <summary>
    /// The claims a run over this share needs: its own facts', and every claim of a rule that other facts
    /// are inferred from (a war's length and the date it counts back from), wherever that fact falls.
    /// </summary>
    public Func<string, string, bool> ClaimsNeeded(Rules.RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var inferredFrom = rules.Rules.Where(r => r.Implies.Count > 0).Select(r => r.Id)
            .Concat(rules.Rules.SelectMany(r => r.Implies).Select(i => i.Anchor))
            .ToHashSet(StringComparer.Ordinal);
        return (rule, key) => inferredFrom.Contains(rule) || Holds(rule, key);
    }

    public static ulong Hash(string rule, string key)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(key);
        var hash = Add(OffsetBasis, rule);
        hash = (hash ^ 0) * Prime;
        return Add(hash, key);
    }

    public override string ToString() => $"{Index}/{Count}";

    private static ulong Add(ulong hash, string text)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}

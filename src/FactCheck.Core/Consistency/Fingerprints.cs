using System.Security.Cryptography;
using System.Text;
using FactCheck.Claims;
using FactCheck.Reporting;

namespace FactCheck.Consistency;

/// <summary>
/// A finding's identity: rule, key, kind, and the articles and values of the claims that dissent,
/// never line numbers (SARIF appendix B). Adding an agreeing source or editing text around a claim
/// leaves it unchanged; changing a disputed value makes a new finding.
/// </summary>
internal static class Fingerprints
{
    public static string Of(string rule, string key, FindingKind kind, IEnumerable<Claim> identifying)
    {
        var lines = identifying.Select(Line).Distinct().Order(StringComparer.Ordinal);
        return Hash(rule, key, kind, lines);
    }

    /// <summary>The same fingerprint, from the lines of a fact ranked once (<see cref="Ranked"/>).</summary>
    public static string Of(string rule, string key, FindingKind kind, IEnumerable<Claim> identifying, Ranked ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var ranks = identifying.Select(ranked.Rank).ToArray();
        Array.Sort(ranks);
        var lines = ranks.Where((r, i) => i == 0 || ranks[i - 1] != r).Select(r => ranked.Lines[r]);
        return Hash(rule, key, kind, lines);
    }

    private static string Hash(string rule, string key, FindingKind kind, IEnumerable<string> orderedLines)
    {
        var text = $"{rule}\n{key}\n{kind}\n{string.Join('\n', orderedLines)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string Line(Claim c) => $"{c.Path}|{c.Rule}|{ValueText.Describe(c.Value)}|{c.Derivation}";

    /// <summary>
    /// Every claim of one fact described once, its distinct lines in ordinal order: a fact with
    /// thousands of findings, each identified by thousands of claims, sorts small numbers per finding
    /// instead of describing and sorting strings again.
    /// </summary>
    public sealed class Ranked
    {
        private readonly Dictionary<Claim, int> _rank = [];

        public Ranked(IEnumerable<Claim> claims)
        {
            var described = claims.Distinct().Select(c => (Claim: c, Line: Line(c))).ToList();
            Lines = [.. described.Select(d => d.Line).Distinct().Order(StringComparer.Ordinal)];
            var rankOf = Lines.Select((line, i) => (line, i)).ToDictionary(x => x.line, x => x.i, StringComparer.Ordinal);
            foreach (var (claim, line) in described)
            {
                _rank[claim] = rankOf[line];
            }
        }

        public IReadOnlyList<string> Lines { get; }

        public int Rank(Claim claim) => _rank[claim];
    }
}

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
        var lines = identifying
            .Select(c => $"{c.Path}|{c.Rule}|{ValueText.Describe(c.Value)}|{c.Derivation}")
            .Distinct()
            .Order(StringComparer.Ordinal);
        var text = $"{rule}\n{key}\n{kind}\n{string.Join('\n', lines)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}

using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Claims;

/// <summary>
/// What decides an article's claims: its bytes, its path (claims carry it), the rules' content and the
/// tool's version. Any of them changed is another key, so a stale entry can never be found.
/// </summary>
public sealed record ClaimCacheKey(IClaimCache Cache, string RulesHash, string ToolVersion)
{
    /// <summary>A SHA-256 in lower-case hex.</summary>
    public string Of(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { ToolVersion, RulesHash, path })
        {
            var utf8 = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(utf8.Length)); // lengths first: no two splits of the same bytes collide
            hash.AppendData(utf8);
        }

        hash.AppendData(bytes);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

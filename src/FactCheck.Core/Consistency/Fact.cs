using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Consistency;

/// <summary>All claims about one fact: the same rule and the same key.</summary>
public sealed record Fact(Rule Rule, string Key, IReadOnlyList<Claim> Claims);

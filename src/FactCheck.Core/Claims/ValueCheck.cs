using FactCheck.Consistency;

namespace FactCheck.Claims;

/// <summary>A built-in check on a single value: its id (used like a rule id), a title for reports, and how much it matters.</summary>
public sealed record ValueCheck(string Id, string Title, Severity Severity);

namespace FactCheck.Discovery;

/// <summary>A rule file drafted from a candidate fact: its id, the file name to save it as, and its YAML, which loads and validates as it is.</summary>
internal sealed record DraftRule(string Id, string FileName, string Yaml, CandidateFact Fact);

namespace FactCheck.Gate;

/// <summary>A finding the team accepted: by fingerprint, with why and who, so the gate stays quiet about it.</summary>
public sealed record BaselineEntry(string Fingerprint, string Rule, string Message, string Justification, string AcceptedBy, DateOnly AcceptedOn);

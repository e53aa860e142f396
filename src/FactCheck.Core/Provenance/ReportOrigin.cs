namespace FactCheck.Provenance;

/// <summary>
/// Whose report an article carries. Articles with one origin are one voice, however many copies.
/// </summary>
/// <param name="Group">The same number for every article carrying one report (unique within a run).</param>
/// <param name="Name">Who the report comes from: the agency a chain names, else the outlet of the earliest article carrying it.</param>
/// <param name="OriginalPath">The earliest article carrying the report, or null when the report's origin (an agency a chain names) is not among the articles.</param>
/// <param name="CopiedFrom">The article this one was copied from (most sentences shared, else the one its chain names); null for the original.</param>
/// <param name="Articles">How many articles carry the report.</param>
public sealed record ReportOrigin(int Group, string Name, string? OriginalPath, string? CopiedFrom, int Articles);

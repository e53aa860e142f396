namespace FactCheck.Claims.Lines;

/// <summary>
/// Claims as data: the JSON Lines schema <c>extract --format jsonl</c> writes and <c>check --claims</c>
/// reads, so extraction and lining up can run on different machines. Declared once, here; a change
/// that a reader of an older version would misread raises <see cref="Version"/>.
/// </summary>
public static class ClaimLines
{
    /// <summary>The <c>schema</c> field of the first line.</summary>
    public const string Schema = "factcheck-claims";

    public const int Version = 1;

    /// <summary>What each line after the first is, by its <c>type</c> field.</summary>
    public const string Article = "article";

    public const string Claim = "claim";

    /// <summary>A value wrong in itself (a weekday the date does not fall on): a finding whatever the rules.</summary>
    public const string Flagged = "flagged";

    /// <summary>An article the extracting run could not read: a check over these claims could not judge it either.</summary>
    public const string Error = "error";
}

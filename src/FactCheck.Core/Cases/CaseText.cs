using System.Text;
using FactCheck.Claims;
using FactCheck.Consistency;

namespace FactCheck.Cases;

/// <summary>
/// What a case says, as plain text shared by every test shape (xunit, JUnit): each finding's
/// severity, kind, fingerprint and message, then every disputed claim listed with it as
/// <c>path:line:col</c>, source and sentence. Text from input is kept exact; each shape escapes it
/// for its medium.
/// </summary>
public static class CaseText
{
    /// <summary>Why the case fails; empty when it does not.</summary>
    public static string Failure(FactCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var text = new StringBuilder();
        foreach (var finding in testCase.Failures)
        {
            Finding(text, finding);
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>What a case reports without failing: findings below the failing level, and accepted ones with their justification.</summary>
    public static string Output(FactCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var text = new StringBuilder();
        foreach (var finding in testCase.Passed)
        {
            Finding(text, finding);
        }

        foreach (var (finding, entry) in testCase.Accepted)
        {
            text.Append("accepted in the baseline: ").Append(entry.Justification);
            if (entry.AcceptedBy.Length > 0)
            {
                text.Append(" (").Append(entry.AcceptedBy).Append(')');
            }

            text.Append('\n');
            Finding(text, finding);
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A claim's place and words: <c>path:line:col source «sentence»</c>.</summary>
    public static string Place(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return $"{claim.Path}:{claim.Line}:{claim.Column} {claim.Source ?? "(no source)"} «{claim.Sentence}»";
    }

    private static void Finding(StringBuilder text, Finding finding)
    {
        text.Append(FindingNames.Of(finding.Severity)).Append(' ').Append(FindingNames.Of(finding.Kind))
            .Append(" (fingerprint ").Append(finding.Fingerprint).Append("): ").Append(finding.Message).Append('\n');
        foreach (var claim in finding.Disputed)
        {
            text.Append("  ").Append(Place(claim)).Append('\n');
        }

        if (finding.DisputedOmitted > 0)
        {
            text.Append("  … and ").Append(finding.DisputedOmitted).Append(" more disputed claim(s)\n");
        }
    }
}

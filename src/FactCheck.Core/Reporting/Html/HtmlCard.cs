namespace FactCheck.Reporting.Html;

/// <summary>One card of the HTML report (a fact, or a value checked on its own), with what its filters match.</summary>
/// <param name="Severity">One of <see cref="Severities"/>.</param>
internal sealed record HtmlCard(string Id, string Severity, string Rule)
{
    /// <summary>What the severity filter offers, in order: the findings' severities, then the accepted and the agreeing.</summary>
    public static readonly string[] Severities = ["error", "warning", "note", Accepted, Agrees];

    public const string Accepted = "accepted";

    public const string Agrees = "agrees";
}

using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reporting.Html;

/// <summary>
/// The report's style sheet and script, compiled into the library (<c>report.css</c>, <c>report.js</c>)
/// and written inline, with the hashes its Content-Security-Policy allows: the page runs this script
/// and no other, and loads nothing from anywhere.
/// </summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    /// <summary>The policy: nothing is fetched; only these exact style and script blocks run.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"FactCheck.Reporting.Html.{name}")
            ?? throw new InvalidOperationException($"the HTML report's {name} is not compiled into the library");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

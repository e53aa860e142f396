using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>JSON as FactCheck writes it: Persian kept readable, not \u-escaped.</summary>
public static class JsonDefaults
{
    public static JsonWriterOptions Compact { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static JsonWriterOptions Indented { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };
}

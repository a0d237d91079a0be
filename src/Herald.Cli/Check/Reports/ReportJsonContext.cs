using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Herald.Cli.Check.Reports;

/// <summary>Source-generated JSON for the reports: no reflection.</summary>
[JsonSerializable(typeof(JsonReport.ReportJson))]
[JsonSerializable(typeof(List<JsonReport.PathReasonJson>))]
[JsonSerializable(typeof(SarifReport.Log))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>
    /// camelCase, indented, null members left out. Umlauts and other letters are written as themselves rather than
    /// <c>\u00FC</c>: the output goes to a file or a pipe, never into HTML, so HTML-safe escaping would only cost readability.
    /// </summary>
    public static ReportJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

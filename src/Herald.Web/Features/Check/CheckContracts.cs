using System.Text.Json.Serialization;
using Herald.Guard;

namespace Herald.Web.Features.Check;

/// <summary>A draft to check. <see cref="Date"/> is the day it would be posted (default: today).</summary>
internal sealed record CheckRequest(string? Text, DateOnly? Date);

/// <summary>The Guard's answer: <c>ok</c>, <c>warn</c> or <c>block</c>, and every finding in text order.</summary>
internal sealed record CheckResponse(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingResponse> Findings)
{
    public static CheckResponse From(CheckResult result, string language) =>
        new(result.Verdict.ToWireName(), [.. result.Findings.Select(f => FindingResponse.From(f, language))]);
}

/// <summary>One finding. The excerpt is redacted: a secret is never echoed back in full.</summary>
internal sealed record FindingResponse(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("excerpt")] string Excerpt,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("replacement")] string? Replacement)
{
    public static FindingResponse From(Finding finding, string language) => new(
        finding.RuleId,
        finding.Category.ToWireName(),
        finding.Severity.ToWireName(),
        finding.Line,
        finding.Column,
        finding.Offset,
        finding.Length,
        finding.Excerpt,
        finding.Message.Get(language),
        finding.Replacement);
}

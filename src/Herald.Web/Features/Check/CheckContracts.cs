using System.Text.Json.Serialization;
using Herald.Guard;
using Herald.Web.Features.Guidelines;

namespace Herald.Web.Features.Check;

/// <summary>A draft to check. <see cref="Date"/> is the day it would be posted (default: today).</summary>
internal sealed record CheckRequest(string? Text, DateOnly? Date);

/// <summary>The Guard's answer: <c>ok</c>, <c>warn</c> or <c>block</c>, and every finding in text order.</summary>
internal sealed record CheckResponse(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingResponse> Findings)
{
    public static CheckResponse From(CheckResult result, string language, IReadOnlyDictionary<string, GuidelineSection>? guidelines = null) =>
        new(result.Verdict.ToWireName(), [.. result.Findings.Select(f => FindingResponse.From(f, language, guidelines))]);
}

/// <summary>
/// One finding. The excerpt is redacted: a secret is never echoed back in full. <c>guideline</c> is the section
/// of the current guidelines the finding rests on, or null when the guidelines name none for its category.
/// </summary>
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
    [property: JsonPropertyName("replacement")] string? Replacement,
    [property: JsonPropertyName("guideline")] GuidelineReference? Guideline = null)
{
    public static FindingResponse From(Finding finding, string language, IReadOnlyDictionary<string, GuidelineSection>? guidelines = null) => new(
        finding.RuleId,
        finding.Category.ToWireName(),
        finding.Severity.ToWireName(),
        finding.Line,
        finding.Column,
        finding.Offset,
        finding.Length,
        finding.Excerpt,
        finding.Message.Get(language),
        finding.Replacement,
        guidelines?.GetValueOrDefault(finding.Category.ToWireName()) is { } section ? new GuidelineReference(section.Title, section.Url) : null);
}

/// <summary>A section of the guidelines: its title and where it is shown (<c>/guidelines#anchor</c>).</summary>
internal sealed record GuidelineReference(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url);

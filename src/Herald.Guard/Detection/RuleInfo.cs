namespace Herald.Guard.Detection;

/// <summary>Everything about a rule that a finding carries. Built once when the engine is built.</summary>
internal sealed record RuleInfo
{
    public required string Id { get; init; }

    public required FindingCategory Category { get; init; }

    public required Severity Severity { get; init; }

    public required LocalizedText Message { get; init; }

    public Redaction Redaction { get; init; } = Redaction.None;

    /// <summary>Suggested replacement for the found text, or null when deleting it is the fix.</summary>
    public string? Replacement { get; init; }
}

namespace Herald.Guard;

/// <summary>
/// One thing in a draft that should not leave the company. Positions are in UTF-16 code units of
/// the checked text; <see cref="Line"/> and <see cref="Column"/> are 1-based, <see cref="Offset"/> is 0-based.
/// </summary>
public sealed record Finding
{
    /// <summary>The stable id of the rule that found it, e.g. <c>aws-access-key-id</c> or <c>policy-confidential-term</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>What kind of risk this is.</summary>
    public required FindingCategory Category { get; init; }

    /// <summary>How much it matters.</summary>
    public required Severity Severity { get; init; }

    /// <summary>1-based line of the first character.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column (in characters) of the first character on its line.</summary>
    public required int Column { get; init; }

    /// <summary>0-based offset of the first character in the checked text.</summary>
    public required int Offset { get; init; }

    /// <summary>Length of the finding in characters.</summary>
    public required int Length { get; init; }

    /// <summary>The surrounding line with the finding redacted: never the full secret.</summary>
    public required string Excerpt { get; init; }

    /// <summary>Where the finding starts within <see cref="Excerpt"/> (0-based), for carets and highlighting.</summary>
    public required int ExcerptStart { get; init; }

    /// <summary>How many characters of <see cref="Excerpt"/> the redacted finding covers.</summary>
    public required int ExcerptLength { get; init; }

    /// <summary>Why it matters and how to fix it, kindly, in English and German.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>A suggested replacement for the finding's text (one click in the studio), or null when removing it is the fix.</summary>
    public string? Replacement { get; init; }
}

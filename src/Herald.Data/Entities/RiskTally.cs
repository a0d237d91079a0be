namespace Herald.Data.Entities;

/// <summary>
/// How many risks of one category were caught before publication in one month, across everyone: a risk
/// counts when the Guard raised it while a draft was written and the published text no longer had it.
/// Anonymous by design: no person, draft or text is linked to a tally.
/// </summary>
public sealed class RiskTally
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>The Guard's category wire name, e.g. <c>secret</c>.</summary>
    public required string Category { get; set; }

    public int Count { get; set; }
}

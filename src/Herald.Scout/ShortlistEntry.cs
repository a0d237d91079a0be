namespace Herald.Scout;

/// <summary>One person on the shortlist.</summary>
public sealed record ShortlistEntry
{
    /// <summary>Position in the order of selection, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>The person's measures and reasons.</summary>
    public required PersonAssessment Assessment { get; init; }

    /// <summary>Whether the person is on the list because they asked to join (shown regardless of score).</summary>
    public bool SelfNominated => Assessment.SelfNominated;

    /// <summary>The invitation draft for this person.</summary>
    public required Invitation Invitation { get; init; }
}

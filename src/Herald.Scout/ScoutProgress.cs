namespace Herald.Scout;

/// <summary>The stages of a run, in order.</summary>
public enum ScoutStage
{
    /// <summary>Topic terms in titles and skills.</summary>
    Expertise,

    /// <summary>Shortest-path searches for betweenness: by far the longest stage on large graphs.</summary>
    Betweenness,

    /// <summary>Burt's constraint.</summary>
    Constraint,

    /// <summary>Scores, reasons, shortlist and invitations.</summary>
    Shortlist,
}

/// <summary>Progress of a run, reported to an <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">The stage running.</param>
/// <param name="Done">Units done in this stage (people, or source searches for betweenness).</param>
/// <param name="Total">Units in this stage.</param>
public readonly record struct ScoutProgress(ScoutStage Stage, long Done, long Total);

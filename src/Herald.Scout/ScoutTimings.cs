namespace Herald.Scout;

/// <summary>Wall-clock time of each stage of a run, for benchmarks and the <c>--timings</c> switch.</summary>
/// <param name="Expertise">Matching topic terms.</param>
/// <param name="Betweenness">Brandes' searches.</param>
/// <param name="Constraint">Burt's constraint.</param>
/// <param name="Other">Degree, participation, scores, reasons, shortlist and invitations.</param>
public sealed record ScoutTimings(TimeSpan Expertise, TimeSpan Betweenness, TimeSpan Constraint, TimeSpan Other)
{
    /// <summary>The sum of all stages.</summary>
    public TimeSpan Total => Expertise + Betweenness + Constraint + Other;
}

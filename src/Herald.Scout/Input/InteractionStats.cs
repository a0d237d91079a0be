namespace Herald.Scout;

/// <summary>What became of the interaction rows.</summary>
/// <param name="Rows">Rows between two different known people that count towards ties.</param>
/// <param name="SelfLoops">Rows from a person to themselves, ignored.</param>
/// <param name="UnknownIds">Rows naming an id that is not in the people file, skipped with a warning.</param>
public sealed record InteractionStats(long Rows, long SelfLoops, long UnknownIds);

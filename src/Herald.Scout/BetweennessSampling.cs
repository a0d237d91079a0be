namespace Herald.Scout;

/// <summary>When betweenness is computed exactly and how it is sampled beyond that.</summary>
public sealed record BetweennessSampling
{
    /// <summary>
    /// Up to this many people betweenness is exact. Default 10,000: exact Brandes costs one search per person, which
    /// takes seconds at that size on two cores and grows with the square of the staff.
    /// </summary>
    public int ExactLimit { get; init; } = 10_000;

    /// <summary>Number of source people (pivots) drawn when sampling. Default 1,000.</summary>
    public int Pivots { get; init; } = 1_000;

    /// <summary>Seed of the pivot draw; the same seed gives the same pivots and the same result.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The error bound holds for every person at once with probability at least 1 - Delta. Default 0.05.</summary>
    public double Delta { get; init; } = 0.05;

    internal IEnumerable<ScoutText> Validate()
    {
        if (ExactLimit < 0)
        {
            yield return new("the exact limit must be zero or more people.", "die Grenze für die exakte Berechnung muss null oder mehr Personen sein.");
        }

        if (Pivots < 2)
        {
            yield return new("sampling needs at least 2 pivots.", "die Stichprobe braucht mindestens 2 Pivots.");
        }

        if (!(Delta > 0 && Delta < 1))
        {
            yield return new("delta must lie between 0 and 1, such as 0.05.", "delta muss zwischen 0 und 1 liegen, etwa 0.05.");
        }
    }
}

namespace Herald.Scout;

/// <summary>
/// How much each measure counts towards a person's score. Each component lies in [0, 1] and the score is their weighted
/// mean, so only the ratios of the weights matter. Network components are percentile ranks among all staff, so a
/// handful of extreme values cannot dominate.
/// </summary>
/// <remarks>
/// The defaults follow the programme's brief (principle 6: experts, already well connected, from different
/// departments): expertise in the topic comes first; bridging between groups (betweenness) next; then how evenly
/// ties spread over departments (participation); raw number of contacts, brokerage (low constraint) and visibility
/// outside the company count less.
/// </remarks>
public sealed record ScoreWeights
{
    /// <summary>Topic expertise from title and skills. Default 0.35.</summary>
    public double Expertise { get; init; } = 0.35;

    /// <summary>Percentile of betweenness: lies on many shortest paths between colleagues. Default 0.20.</summary>
    public double Betweenness { get; init; } = 0.20;

    /// <summary>Participation coefficient: ties spread across departments. Default 0.15.</summary>
    public double Participation { get; init; } = 0.15;

    /// <summary>Percentile of degree: number of distinct contacts. Default 0.10.</summary>
    public double Degree { get; init; } = 0.10;

    /// <summary>Percentile of low Burt constraint: contacts who are not connected among themselves. Default 0.10.</summary>
    public double Brokerage { get; init; } = 0.10;

    /// <summary>External visibility: talks, publications, a public profile. Default 0.10.</summary>
    public double Visibility { get; init; } = 0.10;

    internal double Sum => Expertise + Betweenness + Participation + Degree + Brokerage + Visibility;

    internal IEnumerable<ScoutText> Validate()
    {
        foreach (var (name, value) in new[]
        {
            ("expertise", Expertise), ("betweenness", Betweenness), ("participation", Participation),
            ("degree", Degree), ("brokerage", Brokerage), ("visibility", Visibility),
        })
        {
            if (!double.IsFinite(value) || value < 0)
            {
                yield return new(
                    $"the weight of {name} must be zero or a positive number.",
                    $"das Gewicht von {name} muss null oder eine positive Zahl sein.");
            }
        }

        if (Sum <= 0)
        {
            yield return new("at least one weight must be positive.", "mindestens ein Gewicht muss positiv sein.");
        }
    }
}

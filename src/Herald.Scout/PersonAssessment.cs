namespace Herald.Scout;

/// <summary>Everything Scout measured about one person, and why they would be suggested.</summary>
public sealed record PersonAssessment
{
    /// <summary>The person as loaded.</summary>
    public required Person Person { get; init; }

    /// <summary>The weighted mean of the score components, in [0, 1].</summary>
    public required double Score { get; init; }

    /// <summary>Topic expertise in [0, 1]: 1 - 0.5^e, where e counts topic terms, two for each in the title and one for each among the skills.</summary>
    public required double Expertise { get; init; }

    /// <summary>Number of distinct colleagues the person has ties with.</summary>
    public required int Degree { get; init; }

    /// <summary>Normalised betweenness, as networkx's <c>betweenness_centrality(G, normalized=True)</c> (sampled when <see cref="ScoutResult.Betweenness"/> says so).</summary>
    public required double Betweenness { get; init; }

    /// <summary>Guimerà–Amaral participation coefficient across departments, in [0, 1).</summary>
    public required double Participation { get; init; }

    /// <summary>Burt's constraint as networkx's <c>constraint</c> with tie weights; null for people without ties, where it is undefined.</summary>
    public required double? Constraint { get; init; }

    /// <summary>Number of distinct departments among the person and their contacts.</summary>
    public required int DepartmentsReached { get; init; }

    /// <summary>External visibility in [0, 1]: 1 - 0.5^s for s distinct signals.</summary>
    public required double Visibility { get; init; }

    /// <summary>The topic terms found in title and skills.</summary>
    public required IReadOnlyList<string> TopicTerms { get; init; }

    /// <summary>Whether the person asked to join.</summary>
    public required bool SelfNominated { get; init; }

    /// <summary>Whether the person asked never to be suggested.</summary>
    public required bool OptedOut { get; init; }

    /// <summary>Up to three reasons from the measures, strongest contribution to the score first; a self-nomination is listed before them.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init; }
}

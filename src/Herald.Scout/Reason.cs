namespace Herald.Scout;

/// <summary>What a reason is about, for callers that group or style reasons.</summary>
public enum ReasonKind
{
    /// <summary>The person asked to join.</summary>
    SelfNominated,

    /// <summary>Topic terms in the job title.</summary>
    Title,

    /// <summary>Topic terms among the skills.</summary>
    Skills,

    /// <summary>Ties into several departments.</summary>
    Departments,

    /// <summary>High betweenness: on many shortest paths between colleagues.</summary>
    Bridge,

    /// <summary>Many distinct contacts.</summary>
    Contacts,

    /// <summary>Low constraint: contacts who are not otherwise connected.</summary>
    Brokerage,

    /// <summary>Already visible outside the company.</summary>
    Visibility,
}

/// <summary>One reason in plain words why a person is suggested, such as "connects 7 departments".</summary>
/// <param name="Kind">What the reason is about.</param>
/// <param name="Text">The reason in English and German.</param>
public sealed record Reason(ReasonKind Kind, ScoutText Text);

namespace Herald.Scout;

/// <summary>One member of staff, as in a row of <c>people.csv</c>. Only <see cref="Id"/> and <see cref="Department"/> are required.</summary>
public sealed record Person
{
    /// <summary>The unique id that interactions, opt-outs and self-nominations refer to.</summary>
    public required string Id { get; init; }

    /// <summary>The department (or unit) the person belongs to.</summary>
    public required string Department { get; init; }

    /// <summary>The full name, used to greet the person in an invitation draft.</summary>
    public string? Name { get; init; }

    /// <summary>The e-mail address (carried through for the invitation workflow, not used for scoring).</summary>
    public string? Email { get; init; }

    /// <summary>The job title; topic terms in it count as expertise.</summary>
    public string? Title { get; init; }

    /// <summary>The site or city; the shortlist tries to cover many locations.</summary>
    public string? Location { get; init; }

    /// <summary>The id of the person's manager (carried through, not used for scoring).</summary>
    public string? ManagerId { get; init; }

    /// <summary>Skills as listed by the person or HR; topic terms among them count as expertise.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
}

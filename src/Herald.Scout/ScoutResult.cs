namespace Herald.Scout;

/// <summary>The outcome of a run: everyone's measures and reasons, the shortlist, and how betweenness was computed.</summary>
public sealed class ScoutResult
{
    internal ScoutResult(
        IReadOnlyList<PersonAssessment> people,
        IReadOnlyList<ShortlistEntry> shortlist,
        int target,
        BetweennessEstimate betweenness,
        int departmentCount,
        int locationCount,
        ScoutTimings timings)
    {
        People = people;
        Shortlist = shortlist;
        Target = target;
        Betweenness = betweenness;
        DepartmentCount = departmentCount;
        LocationCount = locationCount;
        Timings = timings;
        DepartmentsCovered = shortlist.Select(s => s.Assessment.Person.Department).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        LocationsCovered = shortlist.Select(s => s.Assessment.Person.Location).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    /// <summary>Every person, in input order.</summary>
    public IReadOnlyList<PersonAssessment> People { get; }

    /// <summary>The suggested people in order of selection; self-nominations first. Never contains an opt-out.</summary>
    public IReadOnlyList<ShortlistEntry> Shortlist { get; }

    /// <summary>The shortlist size the share asked for (the list is longer only when more people nominated themselves).</summary>
    public int Target { get; }

    /// <summary>Exact or sampled, with the error bound.</summary>
    public BetweennessEstimate Betweenness { get; }

    /// <summary>Departments in the input.</summary>
    public int DepartmentCount { get; }

    /// <summary>Departments with at least one person on the shortlist.</summary>
    public int DepartmentsCovered { get; }

    /// <summary>Locations in the input (0 when the people file has none).</summary>
    public int LocationCount { get; }

    /// <summary>Locations with at least one person on the shortlist.</summary>
    public int LocationsCovered { get; }

    /// <summary>Time per stage.</summary>
    public ScoutTimings Timings { get; }
}

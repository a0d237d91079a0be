using Herald.Scout.Input;
using Herald.Scout.Network;

namespace Herald.Scout;

/// <summary>
/// Checked, indexed input for <see cref="ScoutEngine.Run"/>: the people, the undirected tie graph built from the
/// interactions, and the opt-outs, self-nominations and visibility signals. Immutable; safe to share between threads.
/// Create it with <see cref="ScoutLoader.Load"/> (CSV files) or <see cref="Create"/> (in memory).
/// </summary>
public sealed class ScoutInput
{
    internal ScoutInput(
        Person[] people,
        int[] departmentOf,
        string[] departments,
        int[] locationOf,
        string[] locations,
        UndirectedGraph graph,
        bool[] selfNominated,
        bool[] optedOut,
        string[][] visibility,
        InteractionStats interactions,
        IReadOnlyList<InputProblem> warnings)
    {
        People = people;
        DepartmentOf = departmentOf;
        Departments = departments;
        LocationOf = locationOf;
        Locations = locations;
        Graph = graph;
        SelfNominated = selfNominated;
        OptedOut = optedOut;
        Visibility = visibility;
        Interactions = interactions;
        Warnings = warnings;
    }

    /// <summary>Everyone, in input order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The distinct departments (compared case-insensitively), in order of first appearance.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>The distinct locations, in order of first appearance; empty when the people file has none.</summary>
    public IReadOnlyList<string> Locations { get; }

    /// <summary>Counts of interaction rows used and skipped.</summary>
    public InteractionStats Interactions { get; }

    /// <summary>Number of undirected ties between distinct people after merging rows.</summary>
    public long TieCount => Graph.TieCount;

    /// <summary>Skipped rows and other things worth knowing that did not stop loading.</summary>
    public IReadOnlyList<InputProblem> Warnings { get; }

    internal int[] DepartmentOf { get; }

    internal int[] LocationOf { get; }

    internal UndirectedGraph Graph { get; }

    internal bool[] SelfNominated { get; }

    internal bool[] OptedOut { get; }

    internal string[][] Visibility { get; }

    /// <summary>
    /// Builds input from objects instead of files, with the same checks as the CSV loader. Problems name the
    /// collection (<c>people</c>, <c>interactions</c> …) and the 1-based position of the item.
    /// </summary>
    /// <param name="people">Everyone; ids must be unique and departments non-empty.</param>
    /// <param name="interactions">Directed interaction rows; may be empty.</param>
    /// <param name="selfNominations">Ids of people who asked to join.</param>
    /// <param name="optOuts">Ids of people who must never be suggested.</param>
    /// <param name="visibility">Signs of external visibility.</param>
    public static ScoutLoadResult Create(
        IEnumerable<Person> people,
        IEnumerable<Interaction>? interactions = null,
        IEnumerable<string>? selfNominations = null,
        IEnumerable<string>? optOuts = null,
        IEnumerable<VisibilitySignal>? visibility = null)
    {
        ArgumentNullException.ThrowIfNull(people);
        var builder = new InputBuilder();
        var line = 0;
        foreach (var person in people)
        {
            builder.AddPerson(person, "people", ++line);
        }

        line = 0;
        foreach (var row in interactions ?? [])
        {
            builder.AddInteraction((row.Source ?? string.Empty).AsSpan().Trim(), (row.Target ?? string.Empty).AsSpan().Trim(), row.Weight, "interactions", ++line);
        }

        line = 0;
        foreach (var id in selfNominations ?? [])
        {
            builder.AddSelfNomination(id.AsSpan().Trim(), "self-nominations", ++line);
        }

        line = 0;
        foreach (var id in optOuts ?? [])
        {
            builder.AddOptOut(id.AsSpan().Trim(), "opt-outs", ++line);
        }

        line = 0;
        foreach (var signal in visibility ?? [])
        {
            builder.AddVisibility(signal.Id.AsSpan().Trim(), signal.Signal, "visibility", ++line);
        }

        return builder.Build("people");
    }
}

namespace Herald.Scout.Tests;

/// <summary>Small in-memory organisations for tests that compute expected values by hand.</summary>
internal static class Staff
{
    public static ScoutInput Build(IEnumerable<Person> people, IEnumerable<(string Source, string Target, double Weight)>? ties = null, string[]? selfNominations = null, string[]? optOuts = null, VisibilitySignal[]? visibility = null)
    {
        var loaded = ScoutInput.Create(
            people,
            ties?.Select(t => new Interaction(t.Source, t.Target, t.Weight)),
            selfNominations,
            optOuts,
            visibility);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Input!;
    }

    /// <summary>People named by id, each in the department given after a colon: "a:IT".</summary>
    public static IEnumerable<Person> People(params string[] idAndDepartment) =>
        idAndDepartment.Select(p => p.Split(':')).Select(p => new Person { Id = p[0], Department = p[1] });

    public static (string, string, double) Tie(string source, string target, double weight = 1) => (source, target, weight);

    public static PersonAssessment Of(this ScoutResult result, string id) => result.People.Single(p => p.Person.Id == id);
}

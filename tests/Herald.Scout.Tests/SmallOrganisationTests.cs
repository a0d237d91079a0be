using Herald.Testing;

namespace Herald.Scout.Tests;

/// <summary>
/// Two small real organisations where networkx can compute every measure, including Burt's constraint with weights:
/// the UK faculty friendship network (81 staff, 4 schools) and the Enron 184 (hierarchy levels as units).
/// </summary>
public sealed class SmallOrganisationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Organisations => ["uk-faculty", "enron-priebe-184"];

    [Theory]
    [MemberData(nameof(Organisations))]
    public void Every_measure_equals_networkx(string organisation)
    {
        var files = Files(organisation);
        var result = ScoutEngine.Run(Load(files), new ScoutOptions(), cancellationToken: TestContext.Current.CancellationToken);
        var reference = NetworkxReference.Compute(files, "betweenness,constraint,participation,degree");

        Assert.Equal(reference.Count, result.People.Count);
        double worstBetweenness = 0, worstConstraint = 0;
        foreach (var person in result.People)
        {
            var expected = reference[person.Person.Id];
            Assert.Equal(expected.Degree!.Value, person.Degree);
            Assert.Equal(expected.Betweenness!.Value, person.Betweenness, 1e-9);
            Assert.Equal(expected.Participation!.Value, person.Participation, 1e-12);
            if (expected.Constraint is null)
            {
                Assert.Null(person.Constraint);
            }
            else
            {
                Assert.Equal(expected.Constraint.Value, person.Constraint!.Value, 1e-9);
                worstConstraint = Math.Max(worstConstraint, Math.Abs(expected.Constraint.Value - person.Constraint.Value));
            }

            worstBetweenness = Math.Max(worstBetweenness, Math.Abs(expected.Betweenness.Value - person.Betweenness));
        }

        Figures.Report(output, $"Scout {organisation}: max |Scout - networkx| betweenness {worstBetweenness:E1}, weighted constraint {worstConstraint:E1} over {result.People.Count} people");
    }

    [Fact]
    public void Uk_faculty_shortlist_of_ten_percent_reaches_every_large_school()
    {
        var result = ScoutEngine.Run(Load(Files("uk-faculty")), new ScoutOptions { Share = 0.10 }, cancellationToken: TestContext.Current.CancellationToken);

        // Schools 1-3 have 33, 27 and 19 staff; school 4 has only 2.
        var schools = result.Shortlist.Select(s => s.Assessment.Person.Department).ToHashSet();
        Figures.Report(output, $"Scout uk-faculty 10 % shortlist: {result.Shortlist.Count} people from {result.DepartmentsCovered} of {result.DepartmentCount} schools");
        Assert.Equal(8, result.Shortlist.Count);
        Assert.Superset(new HashSet<string> { "school-1", "school-2", "school-3" }, schools);
    }

    [Fact]
    public void Enron_shortlist_spans_the_hierarchy_and_every_suggestion_has_a_reason()
    {
        var result = ScoutEngine.Run(Load(Files("enron-priebe-184")), new ScoutOptions { Share = 0.10 }, cancellationToken: TestContext.Current.CancellationToken);

        var unconstrained = result.People.OrderByDescending(p => p.Score).Take(result.Target).Select(p => p.Person.Department).Distinct().Count();
        Figures.Report(output, $"Scout enron-priebe-184 10 % shortlist: {result.Shortlist.Count} people from {result.DepartmentsCovered} of {result.DepartmentCount} hierarchy levels (top scores alone: {unconstrained})");
        Assert.Equal(18, result.Shortlist.Count);
        Assert.True(result.DepartmentsCovered > unconstrained);
        Assert.All(result.Shortlist, s => Assert.NotEmpty(s.Assessment.Reasons));
        Assert.All(result.Shortlist, s => Assert.StartsWith("Person ", s.Assessment.Person.Name, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private ScoutFiles Files(string organisation) => organisation switch
    {
        "uk-faculty" => RealData.UkFaculty(_folder),
        _ => RealData.EnronPriebe(_folder),
    };

    private static ScoutInput Load(ScoutFiles files)
    {
        var loaded = ScoutLoader.Load(files, TestContext.Current.CancellationToken);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Input!;
    }
}

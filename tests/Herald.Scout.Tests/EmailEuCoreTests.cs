using Herald.Testing;

namespace Herald.Scout.Tests;

/// <summary>The proof on a real organisation: the SNAP email network of a European research institution.</summary>
public sealed class EmailEuCoreTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Betweenness_equals_networkx_for_every_person()
    {
        var files = RealData.EmailEuCore(_folder);
        var input = Load(files);
        var result = ScoutEngine.Run(input, new ScoutOptions(), cancellationToken: TestContext.Current.CancellationToken);
        var reference = NetworkxReference.Compute(files, "betweenness,participation,degree");

        Assert.True(result.Betweenness.Exact);
        Assert.Equal(1005, result.People.Count);
        Assert.Equal(reference.Count, result.People.Count);
        var worst = 0.0;
        foreach (var person in result.People)
        {
            var expected = reference[person.Person.Id];
            worst = Math.Max(worst, Math.Abs(person.Betweenness - expected.Betweenness!.Value));
            Assert.Equal(expected.Betweenness!.Value, person.Betweenness, 1e-9);
            Assert.Equal(expected.Degree!.Value, person.Degree);
            Assert.Equal(expected.Participation!.Value, person.Participation, 1e-12);
        }

        Figures.Report(output, $"Scout email-eu-core: betweenness max |Scout - networkx| = {worst:E2} over {result.People.Count} people (required ≤ 1e-9)");
    }

    [Fact]
    public void Five_percent_shortlist_covers_38_departments_and_keeps_90_percent_of_the_top_mean_score()
    {
        var input = Load(RealData.EmailEuCore(_folder));
        var result = ScoutEngine.Run(input, new ScoutOptions { Share = 0.05 }, cancellationToken: TestContext.Current.CancellationToken);

        var shortlistMean = result.Shortlist.Average(s => s.Assessment.Score);
        var topMean = result.People.Select(p => p.Score).OrderDescending().Take(result.Target).Average();
        var ratio = shortlistMean / topMean;
        Figures.Report(output, $"Scout email-eu-core 5 % shortlist: {result.Shortlist.Count} people cover {result.DepartmentsCovered} of {result.DepartmentCount} departments (required ≥ 38)");
        Figures.Report(output, $"Scout email-eu-core 5 % shortlist: mean score {shortlistMean:0.0000} = {ratio:P1} of the unconstrained top-5 % mean {topMean:0.0000} (required ≥ 90 %)");

        Assert.Equal(50, result.Shortlist.Count);
        Assert.True(result.DepartmentsCovered >= 38, $"{result.DepartmentsCovered} departments covered");
        Assert.True(ratio >= 0.90, $"mean score ratio {ratio:P1}");
    }

    public void Dispose() => _folder.Dispose();

    private static ScoutInput Load(ScoutFiles files)
    {
        var loaded = ScoutLoader.Load(files, TestContext.Current.CancellationToken);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Input!;
    }
}

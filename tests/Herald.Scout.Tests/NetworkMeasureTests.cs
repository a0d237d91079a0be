using static Herald.Scout.Tests.Staff;

namespace Herald.Scout.Tests;

/// <summary>Measures on graphs small enough to compute by hand (the derivations are in the comments).</summary>
public sealed class NetworkMeasureTests
{
    private static ScoutResult Run(ScoutInput input) =>
        ScoutEngine.Run(input, new ScoutOptions { Share = 0.1 }, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Path_of_four_gives_the_inner_people_two_thirds_betweenness()
    {
        // a-b-c-d: b lies on a-c and a-d, 2 of the 3 pairs not involving b.
        var result = Run(Build(People("a:X", "b:X", "c:X", "d:X"), [Tie("a", "b"), Tie("b", "c"), Tie("c", "d")]));

        Assert.Equal(0, result.Of("a").Betweenness, 12);
        Assert.Equal(2.0 / 3, result.Of("b").Betweenness, 12);
        Assert.Equal(2.0 / 3, result.Of("c").Betweenness, 12);
        Assert.Equal(0, result.Of("d").Betweenness, 12);
    }

    [Fact]
    public void Path_constraint_is_one_at_the_ends_and_one_half_inside()
    {
        // End a: one contact, p = 1, c = 1. Inner b: p = 1/2 to a and c, who are not connected: c = 1/4 + 1/4.
        var result = Run(Build(People("a:X", "b:X", "c:X", "d:X"), [Tie("a", "b"), Tie("b", "c"), Tie("c", "d")]));

        Assert.Equal(1, result.Of("a").Constraint!.Value, 12);
        Assert.Equal(0.5, result.Of("b").Constraint!.Value, 12);
    }

    [Fact]
    public void Triangle_with_pendant_matches_burts_formula()
    {
        // Triangle a-b-c plus d on a.
        // a: p = 1/3 each; to b: (1/3 + p_ac·p_cb = 1/3·1/2)² = 1/4, same to c; to d: (1/3)² = 1/9; total 11/18.
        // b: p = 1/2 each; to a: (1/2 + p_bc·p_ca = 1/2·1/2)² = 9/16; to c: (1/2 + p_ba·p_ac = 1/2·1/3)² = 4/9; total 145/144.
        // Betweenness: a lies on d-b and d-c, 2 of 3 pairs.
        var result = Run(Build(People("a:X", "b:X", "c:X", "d:X"), [Tie("a", "b"), Tie("b", "c"), Tie("c", "a"), Tie("d", "a")]));

        Assert.Equal(11.0 / 18, result.Of("a").Constraint!.Value, 12);
        Assert.Equal(145.0 / 144, result.Of("b").Constraint!.Value, 12);
        Assert.Equal(1, result.Of("d").Constraint!.Value, 12);
        Assert.Equal(2.0 / 3, result.Of("a").Betweenness, 12);
        Assert.Equal(0, result.Of("b").Betweenness, 12);
    }

    [Fact]
    public void Rows_between_two_people_add_up_in_either_direction_and_self_loops_are_ignored()
    {
        // Centre c with x (rows 1 + 2 = weight 3) and y (weight 1): p = 3/4 and 1/4, c = 9/16 + 1/16.
        var result = Run(Build(
            People("c:X", "x:X", "y:X"),
            [Tie("c", "x", 1), Tie("x", "c", 2), Tie("c", "y", 1), Tie("c", "c", 50)]));

        Assert.Equal(0.625, result.Of("c").Constraint!.Value, 12);
        Assert.Equal(2, result.Of("c").Degree);
        Assert.Equal(1, result.Of("c").Betweenness, 12);
    }

    [Theory]
    [InlineData(new[] { "A", "A", "A" }, 0.0)]
    [InlineData(new[] { "A", "A", "B", "B" }, 0.5)]
    [InlineData(new[] { "A", "B", "C" }, 2.0 / 3)]
    [InlineData(new[] { "A", "B", "C", "D" }, 0.75)]
    [InlineData(new[] { "B" }, 0.0)]
    public void Participation_coefficient_follows_guimera_amaral(string[] contactDepartments, double expected)
    {
        // P = 1 - Σ_s (k_s / k)²; the centre's own department does not matter, only where its ties go.
        var people = new List<Person> { new() { Id = "centre", Department = "Z" } };
        people.AddRange(contactDepartments.Select((d, i) => new Person { Id = $"p{i}", Department = d }));
        var result = Run(Build(people, contactDepartments.Select((_, i) => Tie("centre", $"p{i}"))));

        Assert.Equal(expected, result.Of("centre").Participation, 12);
        Assert.Equal(contactDepartments.Append("Z").Distinct().Count(), result.Of("centre").DepartmentsReached);
    }

    [Fact]
    public void Person_without_ties_has_no_constraint_and_no_network_credit()
    {
        var result = Run(Build(People("a:X", "b:X", "alone:Y"), [Tie("a", "b")]));
        var alone = result.Of("alone");

        Assert.Null(alone.Constraint);
        Assert.Equal(0, alone.Betweenness);
        Assert.Equal(0, alone.Participation);
        Assert.Equal(0, alone.Degree);
        Assert.Equal(0, alone.Score);
        Assert.Empty(alone.Reasons);
    }

    [Fact]
    public void Two_people_have_zero_betweenness()
    {
        var result = Run(Build(People("a:X", "b:X"), [Tie("a", "b")]));

        Assert.All(result.People, p => Assert.Equal(0, p.Betweenness));
    }

    [Fact]
    public void Results_are_identical_on_one_core_and_on_all_cores()
    {
        // Fixed accumulation blocks make the sums independent of scheduling: equal to the last bit.
        var people = Enumerable.Range(0, 300).Select(i => new Person { Id = $"p{i}", Department = $"d{i % 7}" }).ToList();
        var random = new Random(5);
        var ties = Enumerable.Range(0, 1500).Select(_ => Tie($"p{random.Next(300)}", $"p{random.Next(300)}", random.Next(1, 4))).ToList();
        var input = Build(people, ties);

        var one = ScoutEngine.Run(input, new ScoutOptions { MaxDegreeOfParallelism = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var all = ScoutEngine.Run(input, new ScoutOptions(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(one.People.Select(p => p.Betweenness), all.People.Select(p => p.Betweenness));
        Assert.Equal(one.People.Select(p => p.Constraint), all.People.Select(p => p.Constraint));
        Assert.Equal(one.Shortlist.Select(s => s.Assessment.Person.Id), all.Shortlist.Select(s => s.Assessment.Person.Id));
    }
}

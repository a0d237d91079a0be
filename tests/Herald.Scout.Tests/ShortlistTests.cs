using System.Globalization;
using static Herald.Scout.Tests.Staff;

namespace Herald.Scout.Tests;

/// <summary>The shortlist: size, coverage of departments and locations, opt-outs and self-nominations.</summary>
public sealed class ShortlistTests
{
    /// <summary>100 people in 5 departments; experts only in IT, everyone else without topic terms.</summary>
    private static List<Person> Company(int size = 100) =>
    [
        .. Enumerable.Range(0, size).Select(i => new Person
        {
            Id = $"p{i:000}",
            Department = i < size / 2 ? "IT" : $"Dept{i % 4}",
            Location = i % 3 == 0 ? "Berlin" : i % 3 == 1 ? "München" : "Hamburg",
            Title = i < size / 2 ? (i % 2 == 0 ? "CISO" : "Security Engineer") : "Sachbearbeitung",
            Skills = i < 10 ? ["Incident Response", "ISO 27001"] : [],
        }),
    ];

    private static ScoutResult Run(ScoutInput input, ScoutOptions options) =>
        ScoutEngine.Run(input, options, cancellationToken: TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(0.01, 1)]
    [InlineData(0.03, 3)]
    [InlineData(0.05, 5)]
    [InlineData(0.10, 10)]
    public void Shortlist_has_the_requested_share_of_staff(double share, int expected)
    {
        var result = Run(Build(Company()), new ScoutOptions { Share = share });

        Assert.Equal(expected, result.Target);
        Assert.Equal(expected, result.Shortlist.Count);
        Assert.Equal(Enumerable.Range(1, expected), result.Shortlist.Select(s => s.Rank));
    }

    [Theory]
    [InlineData(0.005)]
    [InlineData(0.11)]
    [InlineData(0.5)]
    [InlineData(3)]
    public void Share_outside_one_to_ten_percent_is_refused_with_a_clear_message(double share)
    {
        var problems = new ScoutOptions { Share = share }.Validate();

        var problem = Assert.Single(problems);
        Assert.Contains("between 1 % and 10 % of staff", problem.En, StringComparison.Ordinal);
        Assert.Contains("zwischen 1 % und 10 % der Belegschaft", problem.De, StringComparison.Ordinal);
        Assert.EndsWith($"{share.ToString(CultureInfo.InvariantCulture)}.", problem.De, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Run(Build(Company()), new ScoutOptions { Share = share }));
    }

    [Fact]
    public void Without_coverage_the_top_scores_win_and_with_it_every_department_is_reached()
    {
        var input = Build(Company());

        var topOnly = Run(input, new ScoutOptions { Share = 0.05, DepartmentCoverage = 0, LocationCoverage = 0 });
        // Everyone outside IT scores 0 here (no topic terms, no ties), the experts at most 0.33: λ = 0.5 outweighs that.
        var covering = Run(input, new ScoutOptions { Share = 0.05, DepartmentCoverage = 0.5 });

        Assert.All(topOnly.Shortlist, s => Assert.Equal("IT", s.Assessment.Person.Department));
        Assert.Equal(5, covering.DepartmentsCovered);
        Assert.Equal(3, covering.LocationsCovered);
    }

    [Fact]
    public void Opt_outs_are_never_listed_even_at_the_top()
    {
        var people = Company();
        var best = Run(Build(people), new ScoutOptions()).Shortlist[0].Assessment.Person.Id;

        var result = Run(Build(people, optOuts: [best]), new ScoutOptions { Share = 0.10 });

        Assert.DoesNotContain(result.Shortlist, s => s.Assessment.Person.Id == best);
        Assert.True(result.Of(best).OptedOut);
    }

    [Fact]
    public void Self_nominations_are_always_listed_first_and_flagged_even_with_a_low_score()
    {
        var result = Run(Build(Company(), selfNominations: ["p099", "p098"]), new ScoutOptions { Share = 0.03 });

        Assert.Equal(["p098", "p099"], result.Shortlist.Take(2).Select(s => s.Assessment.Person.Id).Order());
        Assert.All(result.Shortlist.Take(2), s => Assert.True(s.SelfNominated));
        Assert.All(result.Shortlist.Take(2), s => Assert.Equal(ReasonKind.SelfNominated, s.Assessment.Reasons[0].Kind));
        Assert.Equal(3, result.Shortlist.Count);
    }

    [Fact]
    public void More_self_nominations_than_places_are_all_shown()
    {
        var nominated = Enumerable.Range(0, 6).Select(i => $"p{i + 60:000}").ToArray();

        var result = Run(Build(Company(), selfNominations: nominated), new ScoutOptions { Share = 0.03 });

        Assert.Equal(3, result.Target);
        Assert.Equal(nominated.Order(), result.Shortlist.Select(s => s.Assessment.Person.Id).Order());
    }

    [Fact]
    public void Reasons_say_why_in_plain_words_in_both_languages()
    {
        // A hub in IT who talks to one person in each of 6 other departments and lists two topic skills.
        var people = new List<Person> { new() { Id = "hub", Department = "IT", Title = "Netzwerkingenieur", Skills = ["Incident Response", "ISO 27001"] } };
        people.AddRange(Enumerable.Range(0, 6).Select(i => new Person { Id = $"c{i}", Department = $"D{i}" }));
        var ties = Enumerable.Range(0, 6).Select(i => Tie("hub", $"c{i}")).ToList();

        var hub = Run(Build(people, ties), new ScoutOptions { Share = 0.1 }).Of("hub");
        var texts = hub.Reasons.Select(r => r.Text).ToList();

        Assert.Contains(new ScoutText("skills: Incident Response, ISO 27001", "Kenntnisse: Incident Response, ISO 27001"), texts);
        Assert.Contains(new ScoutText("connects 7 departments", "verbindet 7 Abteilungen"), texts);
        Assert.InRange(hub.Reasons.Count, 1, 3);
    }
}

using static Herald.Scout.Tests.Staff;

namespace Herald.Scout.Tests;

/// <summary>Invitation drafts follow the programme's principles and never call anyone an "influencer".</summary>
public sealed class InvitationTests
{
    private static ScoutResult Run(ScoutOptions? options = null)
    {
        var people = new List<Person>
        {
            new() { Id = "1", Name = "Jonas Becker", Department = "IT", Title = "Netzwerkingenieur", Skills = ["Phishing", "Firewall"] },
            new() { Id = "2", Name = "Müller, Sandra", Department = "Kommunikation", Title = "Interne Kommunikation" },
            new() { Id = "3", Department = "Vertrieb", Title = "Key Account Manager" },
        };
        people.AddRange(Enumerable.Range(4, 40).Select(i => new Person { Id = $"{i}", Department = $"D{i % 5}" }));
        var ties = Enumerable.Range(4, 40).Select(i => Tie("2", $"{i}")).Append(Tie("1", "2")).Append(Tie("3", "1")).ToList();
        var input = Build(people, ties, selfNominations: ["3"], visibility: [new VisibilitySignal("1", "talk")]);
        return ScoutEngine.Run(input, options ?? new ScoutOptions { Share = 0.1 }, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Drafts_offer_the_expert_role_opt_in_a_time_budget_a_buddy_and_trust_in_both_languages()
    {
        foreach (var entry in Run().Shortlist)
        {
            var en = entry.Invitation.Body.En;
            var de = entry.Invitation.Body.De;
            Assert.Contains("Cyber-Security Expert", entry.Invitation.Subject.En, StringComparison.Ordinal);
            Assert.Contains("Cyber-Security Expert", entry.Invitation.Subject.De, StringComparison.Ordinal);
            Assert.Contains("Joining is voluntary, and you can step back at any time", en, StringComparison.Ordinal);
            Assert.Contains("Mitmachen ist freiwillig", de, StringComparison.Ordinal);
            Assert.Contains("About 2 hours a week, agreed with your manager", en, StringComparison.Ordinal);
            Assert.Contains("Etwa 2 Stunden pro Woche", de, StringComparison.Ordinal);
            Assert.Contains("buddy", en, StringComparison.Ordinal);
            Assert.Contains("Buddy", de, StringComparison.Ordinal);
            Assert.Contains("We trust you", en, StringComparison.Ordinal);
            Assert.Contains("Wir vertrauen dir", de, StringComparison.Ordinal);
            Assert.DoesNotContain(" Sie ", de, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_draft_for_someone_added_by_hand_is_the_same_as_the_shortlist_writes()
    {
        var entry = Run().Shortlist.Single(s => s.Assessment.Person.Id == "1");

        var draft = ScoutEngine.DraftInvitation(entry.Assessment, new InvitationSettings());

        Assert.Equal(entry.Invitation, draft);
        Assert.Throws<ArgumentException>(() => ScoutEngine.DraftInvitation(entry.Assessment, new InvitationSettings { RoleTitle = " " }));
    }

    [Fact]
    public void Drafts_greet_by_first_name_and_say_why_in_terms_of_expertise()
    {
        var result = Run();
        var jonas = result.Shortlist.Single(s => s.Assessment.Person.Id == "1").Invitation.Body;
        var sandra = result.Shortlist.Single(s => s.Assessment.Person.Id == "2").Invitation.Body;
        var volunteer = result.Shortlist.Single(s => s.Assessment.Person.Id == "3").Invitation.Body;

        Assert.StartsWith("Hello Jonas,", jonas.En, StringComparison.Ordinal);
        Assert.StartsWith("Hallo Jonas,", jonas.De, StringComparison.Ordinal);
        Assert.Contains("your experience with Phishing and Firewall", jonas.En, StringComparison.Ordinal);
        Assert.Contains("Erfahrung mit Phishing und Firewall", jonas.De, StringComparison.Ordinal);
        Assert.StartsWith("Hallo Sandra,", sandra.De, StringComparison.Ordinal);
        Assert.Contains("colleagues across many parts of the company", sandra.En, StringComparison.Ordinal);
        Assert.StartsWith("Hello,", volunteer.En, StringComparison.Ordinal);
        Assert.Contains("Thank you for putting yourself forward", volunteer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_influencer_appears_in_no_text_scout_produces()
    {
        var result = Run(new ScoutOptions { Share = 0.1, Invitation = new InvitationSettings { RoleTitle = "Security Champion", HoursPerWeek = 1.5, Sender = "Sandra" } });
        var texts = result.People.SelectMany(p => p.Reasons).SelectMany(r => new[] { r.Text.En, r.Text.De })
            .Concat(result.Shortlist.SelectMany(s => new[] { s.Invitation.Subject.En, s.Invitation.Subject.De, s.Invitation.Body.En, s.Invitation.Body.De }))
            .Concat([result.Betweenness.Describe().En, result.Betweenness.Describe().De])
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotContain("influencer", t, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("1.5 hours", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("1,5 Stunden", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_title_with_that_word_is_refused_without_repeating_it()
    {
        var problems = new ScoutOptions { Invitation = new InvitationSettings { RoleTitle = "Corporate Influencer" } }.Validate();

        var problem = Assert.Single(problems);
        Assert.Contains("Cyber-Security Expert", problem.En, StringComparison.Ordinal);
        Assert.Contains("„Cyber-Security Expert“", problem.De, StringComparison.Ordinal);
        Assert.DoesNotContain("influencer", problem.En, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("influencer", problem.De, StringComparison.OrdinalIgnoreCase);
    }
}

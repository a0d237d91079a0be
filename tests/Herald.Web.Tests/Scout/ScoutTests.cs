using System.Net;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Scout;

/// <summary>Scout in the browser, on each database: upload, read the shortlist with reasons, adjust it, send invitations.</summary>
public abstract class ScoutTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task Upload_adjust_and_send_invites_exactly_the_people_kept_once()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var page = ScoutClient.RunPage(await lead.UploadAsync(
            SampleStaff.People(),
            SampleStaff.Interactions(),
            selfNominations: $"id\n{SampleStaff.Id(33)}\n",
            optOuts: $"id\n{SampleStaff.Id(9)}\n",
            language: "de"));
        var runId = ScoutClient.RunId(page);

        var html = await lead.GetStringAsync(page);
        var shortlist = ScoutClient.Shortlist(html);
        // 10 % of 40 people, plus nobody: the self-nomination counts towards the four.
        Assert.Equal(4, shortlist.Count);
        Assert.Contains(SampleStaff.Name(0), shortlist.Keys);
        Assert.Contains(SampleStaff.Name(33), shortlist.Keys);
        Assert.Contains("nominated themselves", html, StringComparison.Ordinal);
        Assert.Contains("title: Sicherheitsbeauftragte", html, StringComparison.Ordinal);
        Assert.Contains("Departments covered: 4 of 8.", html, StringComparison.Ordinal);
        // The opt-out is never shown: not on the shortlist, not among the people the lead may add.
        Assert.DoesNotContain(SampleStaff.Name(9), html, StringComparison.Ordinal);
        Assert.Contains($"Hallo {SampleStaff.Name(0).Split(' ')[0]},", html, StringComparison.Ordinal);
        Assert.Contains("Cyber-Security Expert", html, StringComparison.Ordinal);

        var removed = shortlist.Keys.First(n => n != SampleStaff.Name(0) && n != SampleStaff.Name(33));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormFromAsync(page, $"{page}?handler=Remove&candidateId={shortlist[removed]}", [])).StatusCode);
        var added = SampleStaff.Name(13);
        var addable = ScoutClient.Addable(await lead.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(page, new() { ["candidateId"] = addable[added], ["note"] = "kennt <alle> im Recht" }, handler: "Add")).StatusCode);
        const string Edited = "Liebe Anna, magst du als Cyber-Security Expert mitmachen? Du entscheidest.";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(page, new() { [$"drafts[{shortlist[SampleStaff.Name(0)]}]"] = Edited }, handler: "Save")).StatusCode);

        html = await lead.GetStringAsync(page);
        var kept = ScoutClient.Shortlist(html).Keys.ToHashSet();
        Assert.Equal(new[] { SampleStaff.Name(0), SampleStaff.Name(33), added }.Concat(shortlist.Keys.Where(n => n != removed)).ToHashSet(), kept);
        Assert.Contains("kennt &lt;alle&gt; im Recht", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(page, [], handler: "Send")).StatusCode);
        Assert.Contains("invitation sent", await lead.GetStringAsync(page), StringComparison.Ordinal);
        var first = await InvitationsAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(page, [], handler: "Send")).StatusCode);
        var second = await InvitationsAsync();

        Assert.Equal(kept.Order(), first.Select(i => i.Name).Order());
        Assert.Equal(first, second);
        Assert.Equal(Edited, first.Single(i => i.Name == SampleStaff.Name(0)).Message);
        Assert.Contains($"Hallo {added.Split(' ')[0]},", first.Single(i => i.Name == added).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first, i => i.Name == removed || i.Name == SampleStaff.Name(9));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HeraldDbContext>();
            // The staff list kept for adding people is gone once the invitations are out; the opt-out never had an account made.
            Assert.False(await db.ScoutCandidates.AnyAsync(c => c.RunId == runId && c.State == ScoutCandidateState.Available));
            Assert.False(await db.Users.AnyAsync(u => u.Email == SampleStaff.Id(9) + "@nordwind.example"));
            var person = await db.Users.Include(u => u.Department).SingleAsync(u => u.Email == SampleStaff.Id(0) + "@nordwind.example");
            Assert.Equal("IT", person.Department?.Name);
            var actions = await db.AuditEntries.Select(a => a.Action).ToListAsync();
            Assert.Superset(new HashSet<string> { "scout.run-created", "scout.candidate-removed", "scout.candidate-added", "scout.invitations-sent", "invitation.sent", "user.created-by-scout" }, actions.ToHashSet());
            return true;
        });

        async Task<List<(string Name, string? Message)>> InvitationsAsync() => await app.WithScopeAsync(async s =>
        {
            var emails = Enumerable.Range(0, SampleStaff.Count).Select(i => SampleStaff.Id(i) + "@nordwind.example").ToList();
            return (await s.GetRequiredService<HeraldDbContext>().Invitations.AsNoTracking()
                    .Where(i => emails.Contains(i.Person!.Email!))
                    .Select(i => new { i.Person!.DisplayName, i.Message, i.Status })
                    .ToListAsync())
                .Select(i => (i.DisplayName, i.Message))
                .OrderBy(i => i.DisplayName, StringComparer.Ordinal)
                .ToList();
        });
    }

    [Fact]
    public async Task A_person_who_already_has_an_account_is_invited_into_it_and_sees_the_invitation()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var email = await app.CreateUserAsync();
        var people = $"id,name,email,department,title,skills\nx1,Jana Roth,{email.ToUpperInvariant()},IT,CISO,ISO 27001\n" +
            string.Concat(Enumerable.Range(2, 30).Select(i => $"x{i},Kollege {i},,Vertrieb,Vertrieb,\n"));
        var page = ScoutClient.RunPage(await lead.UploadAsync(people, sharePercent: 3));
        Assert.Contains("Jana Roth", ScoutClient.Shortlist(await lead.GetStringAsync(page)).Keys);

        await lead.PostFormAsync(page, [], handler: "Send");

        using var person = await app.SignInAsync(email);
        var invitations = await person.GetStringAsync("/invitations");
        Assert.Contains("Hello Jana,", invitations, StringComparison.Ordinal);
        Assert.Contains("Cyber-Security Expert", invitations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discarding_deletes_the_shortlist_and_the_kept_staff_list()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), SampleStaff.Interactions()));
        var runId = ScoutClient.RunId(page);

        var discarded = await lead.PostFormAsync(page, [], handler: "Discard");

        Assert.Equal("/scout", discarded.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(page)).StatusCode);
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().ScoutCandidates.AnyAsync(c => c.RunId == runId)));
    }

    [Fact]
    public async Task A_name_with_markup_is_shown_as_text()
    {
        using var lead = await app.SignedInClientAsync(Roles.Administrator);
        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(renamed: 0, name: "<script>alert('x')</script> Anna"), SampleStaff.Interactions()));

        var html = await lead.GetStringAsync(page);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Anna", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_other_role_reaches_a_Scout_page_or_action()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), SampleStaff.Interactions()));
        var runId = ScoutClient.RunId(page);
        var html = await lead.GetStringAsync(page);
        var candidate = ScoutClient.Shortlist(html).Values.First();
        var addable = ScoutClient.Addable(html).Values.First();
        var before = await StatesAsync(runId);
        var invitations = await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().Invitations.CountAsync());
        string[] actions =
        [
            "/scout", $"{page}?handler=Save", $"{page}?handler=Remove&candidateId={candidate}", $"{page}?handler=Restore&candidateId={candidate}",
            $"{page}?handler=Add&candidateId={addable}", $"{page}?handler=Send", $"{page}?handler=Discard",
        ];

        foreach (var role in new[] { Roles.Employee, Roles.Ambassador, Roles.SecurityOwner })
        {
            using var other = await app.SignedInClientAsync(role);
            foreach (var path in new[] { "/scout", page })
            {
                Assert.Equal("/account/denied", (await other.GetAsync(path)).Headers.Location?.AbsolutePath);
            }

            foreach (var action in actions)
            {
                // A valid antiforgery token from a page this person may open: only the role stands in the way.
                var response = await other.PostFormFromAsync("/settings", action, new() { ["candidateId"] = addable, [$"drafts[{candidate}]"] = "changed" });
                Assert.True(response.Headers.Location?.AbsolutePath == "/account/denied", $"{role} {action}: {response.StatusCode}");
            }

            Assert.DoesNotContain("/scout", await other.GetStringAsync("/"), StringComparison.Ordinal);
        }

        using var anonymous = app.Client();
        Assert.Equal("/account/sign-in", (await anonymous.GetAsync(page)).Headers.Location?.AbsolutePath);
        Assert.Equal(before, await StatesAsync(runId));
        Assert.Equal(invitations, await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().Invitations.CountAsync()));
    }

    [Fact]
    public async Task Without_a_token_a_form_is_refused()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), SampleStaff.Interactions()));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await lead.PostAsync($"{page}?handler=Discard", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(page)).StatusCode);
    }

    private Task<string> StatesAsync(int runId) => app.WithScopeAsync(async s =>
        string.Join(',', (await s.GetRequiredService<HeraldDbContext>().ScoutCandidates.AsNoTracking()
            .Where(c => c.RunId == runId).OrderBy(c => c.Id).Select(c => new { c.Id, c.State, c.Draft }).ToListAsync())
            .Select(c => $"{c.Id}:{c.State}:{c.Draft}")));
}

public sealed class ScoutTests_on_Sqlite(SqliteApp app) : ScoutTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ScoutTests_on_Postgres(PostgresApp app) : ScoutTests<PostgresApp>(app), IClassFixture<PostgresApp>;

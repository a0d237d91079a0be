using System.Net;
using System.Text.RegularExpressions;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Programme;

public abstract partial class ProgrammeTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task Invited_person_who_accepts_becomes_an_ambassador_with_the_default_title()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var email = await app.CreateUserAsync();
        var personId = await app.UserIdAsync(email);

        var invited = await lead.PostFormAsync("/programme", new() { ["personId"] = personId, ["message"] = "Du erklärst Netzwerke so gut – <magst du?>" }, handler: "Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        using var person = await app.SignInAsync(email);
        Assert.Contains("/invitations", await person.GetStringAsync("/"), StringComparison.Ordinal);
        var page = await person.GetStringAsync("/invitations");
        Assert.Contains("&lt;magst du?&gt;", page, StringComparison.Ordinal);
        var accepted = await person.PostFormAsync("/invitations", new() { ["id"] = InvitationId(page) }, handler: "Accept");
        Assert.StartsWith("/profile", accepted.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var profile = await person.GetStringAsync("/profile");
        Assert.Contains("value=\"Cyber-Security Expert\"", profile, StringComparison.Ordinal);
        Assert.Contains("accepted", await lead.GetStringAsync("/programme"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_leaves_the_person_an_employee()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var email = await app.CreateUserAsync();
        await lead.PostFormAsync("/programme", new() { ["personId"] = await app.UserIdAsync(email) }, handler: "Invite");

        using var person = await app.SignInAsync(email);
        var declined = await person.PostFormAsync("/invitations", new() { ["id"] = InvitationId(await person.GetStringAsync("/invitations")) }, handler: "Decline");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal("/account/denied", (await person.GetAsync("/profile")).Headers.Location?.AbsolutePath);
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().AmbassadorProfiles.AnyAsync(p => p.User!.Email == email)));
    }

    [Fact]
    public async Task Nobody_else_can_answer_or_see_an_invitation()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var email = await app.CreateUserAsync();
        await lead.PostFormAsync("/programme", new() { ["personId"] = await app.UserIdAsync(email), ["message"] = "private note" }, handler: "Invite");
        var id = await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().Invitations.Where(i => i.Person!.Email == email).Select(i => i.Id).SingleAsync());

        foreach (var role in new[] { Roles.Employee, Roles.Administrator, Roles.ProgrammeLead })
        {
            using var other = await app.SignedInClientAsync(role);
            Assert.DoesNotContain("private note", await other.GetStringAsync("/invitations"), StringComparison.Ordinal);
            var accept = await other.PostFormAsync("/invitations", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Accept");
            Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
        }

        Assert.Equal(InvitationStatus.Pending, await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().Invitations.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Only_programme_leads_and_administrators_run_the_programme()
    {
        foreach (var role in new[] { Roles.Employee, Roles.Ambassador, Roles.SecurityOwner })
        {
            using var client = await app.SignedInClientAsync(role);
            Assert.Equal("/account/denied", (await client.GetAsync("/programme")).Headers.Location?.AbsolutePath);
        }

        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/programme")).StatusCode);
    }

    [Fact]
    public async Task A_second_open_invitation_is_refused_with_a_clear_message()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var personId = await app.UserIdAsync(await app.CreateUserAsync());

        await lead.PostFormAsync("/programme", new() { ["personId"] = personId }, handler: "Invite");
        var again = await lead.PostFormAsync("/programme", new() { ["personId"] = personId }, handler: "Invite");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already has an open invitation", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_buddy_comes_from_another_department()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await lead.PostFormAsync("/programme", new() { ["departmentName"] = "IT " + suffix }, handler: "AddDepartment");
        await lead.PostFormAsync("/programme", new() { ["departmentName"] = "Vertrieb " + suffix }, handler: "AddDepartment");
        var (it, sales) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HeraldDbContext>();
            return (await db.Departments.SingleAsync(d => d.Name == "IT " + suffix), await db.Departments.SingleAsync(d => d.Name == "Vertrieb " + suffix));
        });

        var jonas = await AmbassadorAsync(lead, it.Id);
        var colleague = await AmbassadorAsync(lead, it.Id);
        var sales1 = await AmbassadorAsync(lead, sales.Id);
        using var client = await app.SignInAsync(jonas.Email);

        var sameDepartment = await client.PostFormAsync("/profile", new() { ["Input.Title"] = "Netzwerk-Expertin", ["Input.WeeklyHours"] = "2", ["Input.BuddyId"] = colleague.Id });
        Assert.Equal(HttpStatusCode.OK, sameDepartment.StatusCode);
        Assert.Contains("another department", await sameDepartment.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var otherDepartment = await client.PostFormAsync("/profile", new() { ["Input.Title"] = "Netzwerk-Expertin", ["Input.Topics"] = "Phishing\nNetzwerke", ["Input.WeeklyHours"] = "2", ["Input.BuddyId"] = sales1.Id });
        Assert.Equal(HttpStatusCode.Redirect, otherDepartment.StatusCode);
        var saved = await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().AmbassadorProfiles.AsNoTracking().SingleAsync(p => p.UserId == jonas.Id));
        Assert.Equal(("Netzwerk-Expertin", 2m, sales1.Id), (saved.Title, saved.WeeklyHours, saved.BuddyId));
    }

    private async Task<(string Id, string Email)> AmbassadorAsync(HttpClient lead, int departmentId)
    {
        var email = await app.CreateUserAsync();
        var id = await app.UserIdAsync(email);
        await lead.PostFormAsync("/programme", new() { ["personId"] = id, ["departmentId"] = departmentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "SetDepartment");
        await lead.PostFormAsync("/programme", new() { ["personId"] = id }, handler: "Invite");
        using var person = await app.SignInAsync(email);
        var accepted = await person.PostFormAsync("/invitations", new() { ["id"] = InvitationId(await person.GetStringAsync("/invitations")) }, handler: "Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return (id, email);
    }

    private static string InvitationId(string page) => InvitationField().Match(page).Groups["id"].Value;

    [GeneratedRegex("name=\"id\" value=\"(?<id>\\d+)\"")]
    private static partial Regex InvitationField();
}

public sealed class ProgrammeTests_on_Sqlite(SqliteApp app) : ProgrammeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ProgrammeTests_on_Postgres(PostgresApp app) : ProgrammeTests<PostgresApp>(app), IClassFixture<PostgresApp>;

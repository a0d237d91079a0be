using System.Net;
using System.Text.RegularExpressions;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Admin;

/// <summary>Administrators unlock accounts, issue one-time password reset links and change roles; nobody else can, and every change is audit-logged.</summary>
public abstract partial class AccountAdministrationTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    private const string NewPassword = "a brand new passphrase for herald";

    [Fact]
    public async Task Only_administrators_open_the_page_or_change_accounts()
    {
        var target = await app.UserIdAsync(await app.CreateUserAsync());
        foreach (var role in new[] { Roles.Employee, Roles.Ambassador, Roles.ProgrammeLead, Roles.SecurityOwner })
        {
            using var client = await app.SignedInClientAsync(role);
            Assert.Equal("/account/denied", (await client.GetAsync("/admin/users")).Headers.Location?.AbsolutePath);
            foreach (var handler in new[] { "Unlock", "ResetPassword", "Roles" })
            {
                // A valid antiforgery token from a page this person may open: only the role stands in the way.
                var response = await client.PostFormFromAsync("/check", $"/admin/users?handler={handler}&id={target}", new() { ["roles"] = Roles.Administrator });
                Assert.Equal("/account/denied", response.Headers.Location?.AbsolutePath);
            }
        }

        Assert.Equal([Roles.Employee], await RolesOfAsync(target));
        Assert.Empty(await AuditAsync(target, "user.roles-changed"));
    }

    [Fact]
    public async Task Changes_without_an_antiforgery_token_are_refused()
    {
        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        var target = await app.UserIdAsync(await app.CreateUserAsync());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["roles"] = Roles.Administrator });

        var response = await admin.PostAsync($"/admin/users?handler=Roles&id={target}", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([Roles.Employee], await RolesOfAsync(target));
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_out_account()
    {
        var email = await app.CreateUserAsync();
        using var person = app.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await person.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "guess " + attempt });
        }

        Assert.Contains("locked", await SignInPageAfterAsync(person, email, HeraldApp.Password), StringComparison.Ordinal);
        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        var target = await app.UserIdAsync(email);
        Assert.Contains("Locked after too many failed sign-ins.", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        var unlocked = await admin.PostFormAsync($"/admin/users?id={target}", [], handler: "Unlock");

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Contains("can sign in again.", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        await app.SignInAsync(email);
        Assert.Single(await AuditAsync(target, "user.unlocked"));
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_a_newer_link_replaces_it()
    {
        var email = await app.CreateUserAsync();
        var target = await app.UserIdAsync(email);
        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        var replaced = await IssueResetLinkAsync(admin, target);
        var link = await IssueResetLinkAsync(admin, target);
        using var person = app.Client();

        Assert.Contains("no longer valid", await person.GetStringAsync(replaced), StringComparison.Ordinal);
        var set = await person.PostFormAsync(link, new() { ["Input.Password"] = NewPassword });

        Assert.Contains("Your new password is set.", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("not right", await SignInPageAfterAsync(app.Client(), email, HeraldApp.Password), StringComparison.Ordinal);
        var signedIn = await app.Client().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("no longer valid", await person.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(2, (await AuditAsync(target, "user.password-reset-link")).Count);
        Assert.Single(await AuditAsync(target, "user.password-reset"));
    }

    [Fact]
    public async Task A_reset_link_that_was_tampered_with_sets_nothing()
    {
        var email = await app.CreateUserAsync();
        var target = await app.UserIdAsync(email);
        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        var link = await IssueResetLinkAsync(admin, target);
        using var person = app.Client();

        var other = await app.UserIdAsync(await app.CreateUserAsync());
        var response = await person.PostFormFromAsync("/account/sign-in", link.Replace(target, other, StringComparison.Ordinal), new() { ["Input.Password"] = NewPassword });

        Assert.Contains("no longer valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.SignInAsync(email);
    }

    [Fact]
    public async Task An_administrator_changes_roles_and_an_ambassador_stays_an_ambassador()
    {
        var email = await app.CreateUserAsync(Roles.Ambassador);
        var target = await app.UserIdAsync(email);
        using var admin = await app.SignedInClientAsync(Roles.Administrator);

        var granted = await admin.PostFormAsync($"/admin/users?id={target}", new() { ["roles"] = Roles.SecurityOwner }, handler: "Roles");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal([Roles.Ambassador, Roles.Employee, Roles.SecurityOwner], await RolesOfAsync(target));
        using (var person = await app.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/policy")).StatusCode);
        }

        await admin.PostFormAsync($"/admin/users?id={target}", [], handler: "Roles");
        Assert.Equal([Roles.Ambassador, Roles.Employee], await RolesOfAsync(target));
        Assert.Equal(2, (await AuditAsync(target, "user.roles-changed")).Count);
    }

    [Fact]
    public async Task Administrators_cannot_remove_their_own_administrator_role()
    {
        var email = await app.CreateUserAsync(Roles.Administrator);
        await app.CreateUserAsync(Roles.Administrator);
        using var admin = await app.SignInAsync(email);
        var me = await app.UserIdAsync(email);

        var response = await admin.PostFormAsync($"/admin/users?id={me}", new() { ["roles"] = Roles.ProgrammeLead }, handler: "Roles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot remove your own administrator role", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Roles.Administrator, await RolesOfAsync(me));
    }

    private static async Task<string> IssueResetLinkAsync(HttpClient admin, string target)
    {
        var response = await admin.PostFormAsync($"/admin/users?id={target}", [], handler: "ResetPassword");
        var html = await response.Content.ReadAsStringAsync();
        var match = ResetLink().Match(html);
        Assert.True(match.Success, "no reset link on the page");
        return WebUtility.HtmlDecode(match.Groups["path"].Value);
    }

    private static async Task<string> SignInPageAfterAsync(HttpClient client, string email, string password) =>
        await (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password })).Content.ReadAsStringAsync();

    private Task<List<string>> RolesOfAsync(string userId) => app.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<HeraldUser>>();
        return (await users.GetRolesAsync((await users.FindByIdAsync(userId))!)).Order(StringComparer.Ordinal).ToList();
    });

    private Task<List<AuditEntry>> AuditAsync(string target, string action) => app.WithScopeAsync(services =>
        services.GetRequiredService<HeraldDbContext>().AuditEntries.AsNoTracking().Where(e => e.Target == target && e.Action == action).ToListAsync());

    [GeneratedRegex(@"<code>https?://[^/<]+(?<path>/account/reset-password\?[^<]+)</code>")]
    private static partial Regex ResetLink();
}

public sealed class AccountAdministrationTests_on_Sqlite(SqliteApp app) : AccountAdministrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class AccountAdministrationTests_on_Postgres(PostgresApp app) : AccountAdministrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>On a fresh installation with one administrator, that administrator cannot give the role away.</summary>
public sealed class LastAdministratorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_last_administrator_keeps_the_role()
    {
        var email = await app.CreateUserAsync(Roles.Administrator);
        using var admin = await app.SignInAsync(email);

        var response = await admin.PostFormAsync($"/admin/users?id={await app.UserIdAsync(email)}", [], handler: "Roles");

        Assert.Contains("Herald needs at least one administrator.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>
/// Two administrators who demote each other at the same moment: exactly one change goes through and the other is
/// refused with the message, so Herald always keeps an administrator. Each round starts with exactly two administrators
/// (the one left from the round before and a new one), in an app of its own so that no other test adds administrators.
/// </summary>
public abstract class AdministratorRaceTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    private const int Rounds = 6;

    [Fact]
    public async Task Administrators_demoting_each_other_at_once_always_leave_one()
    {
        var survivor = await app.CreateUserAsync(Roles.Administrator);
        for (var round = 0; round < Rounds; round++)
        {
            var newcomer = await app.CreateUserAsync(Roles.Administrator);
            var (survivorId, newcomerId) = (await app.UserIdAsync(survivor), await app.UserIdAsync(newcomer));
            using var english = await app.SignInAsync(survivor);
            using var german = await app.SignInAsync(newcomer);
            german.DefaultRequestHeaders.AcceptLanguage.Add(new("de"));
            var (englishToken, germanToken) = (await english.AntiforgeryTokenAsync("/admin/users"), await german.AntiforgeryTokenAsync("/admin/users"));

            // Both requests leave together; each keeps only the employee role for the other.
            using var start = new SemaphoreSlim(0, 2);
            var demoteNewcomer = Task.Run(async () =>
            {
                await start.WaitAsync();
                return await english.PostFormWithAsync(englishToken, $"/admin/users?handler=Roles&id={newcomerId}", []);
            });
            var demoteSurvivor = Task.Run(async () =>
            {
                await start.WaitAsync();
                return await german.PostFormWithAsync(germanToken, $"/admin/users?handler=Roles&id={survivorId}", []);
            });
            start.Release(2);
            var responses = await Task.WhenAll(demoteNewcomer, demoteSurvivor);

            var administrators = await app.WithScopeAsync(async services =>
                (await services.GetRequiredService<UserManager<HeraldUser>>().GetUsersInRoleAsync(Roles.Administrator)).Select(u => u.Id).ToList());
            var remaining = Assert.Single(administrators);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var page = await refused.Content.ReadAsStringAsync();
            if (remaining == survivorId)
            {
                Assert.Same(responses[1], refused);
                Assert.Contains("Herald braucht mindestens eine:n Administrator:in.", page, StringComparison.Ordinal);
            }
            else
            {
                Assert.Same(responses[0], refused);
                Assert.Contains("Herald needs at least one administrator.", page, StringComparison.Ordinal);
                survivor = newcomer;
            }
        }
    }
}

public sealed class AdministratorRaceTests_on_Sqlite(SqliteApp app) : AdministratorRaceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class AdministratorRaceTests_on_Postgres(PostgresApp app) : AdministratorRaceTests<PostgresApp>(app), IClassFixture<PostgresApp>;

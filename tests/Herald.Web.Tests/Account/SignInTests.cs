using System.Net;
using System.Net.Http.Headers;
using Herald.Data;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Account;

public abstract class SignInTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task Right_password_signs_in_and_sign_out_ends_the_session()
    {
        using var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormFromAsync("/", "/account/sign-out", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_refused_kindly()
    {
        var email = await app.CreateUserAsync();
        using var client = app.Client();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "not the password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or the password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await app.CreateUserAsync();
        using var client = app.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "guess " + attempt });
        }

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = HeraldApp.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked for 15 minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_follows_the_browser_language()
    {
        using var client = app.Client();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));

        var page = await client.GetStringAsync("/account/sign-in");

        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Anmelden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_setting_wins_over_the_browser()
    {
        using var client = await app.SignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        var saved = await client.PostFormAsync("/settings", new() { ["language"] = "de" }, handler: "Language");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("Einstellungen", await client.GetStringAsync("/settings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_manage_accounts_and_nobody_is_made_an_ambassador_without_consent()
    {
        using var employee = await app.SignedInClientAsync(Roles.Employee);
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        using var admin = await app.SignedInClientAsync(Roles.Administrator);

        Assert.Equal("/account/denied", (await employee.GetAsync("/admin/users")).Headers.Location?.AbsolutePath);
        Assert.Equal("/account/denied", (await lead.GetAsync("/admin/users")).Headers.Location?.AbsolutePath);

        var email = $"{Guid.NewGuid():N}@example.test";
        var created = await admin.PostFormAsync("/admin/users", new()
        {
            ["Input.DisplayName"] = "Jonas <b>Netz</b>",
            ["Input.Email"] = email,
            ["Input.Password"] = HeraldApp.Password,
            ["Input.Roles"] = Roles.Ambassador,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await admin.GetStringAsync("/admin/users");
        Assert.Contains("Jonas &lt;b&gt;Netz&lt;/b&gt;", list, StringComparison.Ordinal);
        var row = list[list.IndexOf(email, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.DoesNotContain("Ambassador", row, StringComparison.Ordinal);
        Assert.Contains("Employee", row, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync("/admin/audit");
        Assert.Contains("<span title=\"user.created\">Account created</span>", audit, StringComparison.Ordinal);
        Assert.Contains("Jonas &lt;b&gt;Netz&lt;/b&gt;", audit, StringComparison.Ordinal);
        Assert.Equal("/account/denied", (await lead.GetAsync("/admin/audit")).Headers.Location?.AbsolutePath);
    }
}

public sealed class SignInTests_on_Sqlite(SqliteApp app) : SignInTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class SignInTests_on_Postgres(PostgresApp app) : SignInTests<PostgresApp>(app), IClassFixture<PostgresApp>;

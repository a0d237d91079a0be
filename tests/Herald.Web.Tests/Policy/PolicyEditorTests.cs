using System.Net;
using Herald.Data;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Policy;

public abstract class PolicyEditorTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task Errors_are_shown_at_their_line_and_nothing_is_saved()
    {
        using var owner = await app.SignedInClientAsync(Roles.SecurityOwner);
        var before = await VersionCountAsync();

        var response = await owner.PostFormAsync("/policy", new() { ["Input.Yaml"] = "organization:\n  nmae: Nordwind <AG>\n" }, handler: "Save");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li value=\"2\" class=\"has-error\"><code>  nmae: Nordwind &lt;AG&gt;</code>", page, StringComparison.Ordinal);
        Assert.Contains("Line 2, column 3:", page, StringComparison.Ordinal);
        Assert.Equal(before, await VersionCountAsync());
    }

    [Theory]
    [InlineData("en-US", "Line 2, column 3: 'nmae' is not an organization setting. Did you mean 'name'?")]
    [InlineData("de-DE", "Zeile 2, Spalte 3: 'nmae' ist keine Einstellung von organization. Meintest du 'name'?")]
    public async Task Errors_are_explained_in_the_language_of_the_page(string language, string expected)
    {
        using var owner = await app.SignedInClientAsync(Roles.SecurityOwner);
        owner.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));

        var response = await owner.PostFormAsync("/policy", new() { ["Input.Yaml"] = "organization:\n  nmae: Nordwind\n" }, handler: "Save");

        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_policy_is_saved_as_a_new_version_and_drafts_can_be_tried_first()
    {
        using var owner = await app.SignedInClientAsync(Roles.SecurityOwner);
        var example = await owner.GetStringAsync("/policy");
        Assert.Contains("Nordwind Logistik AG", example, StringComparison.Ordinal);
        const string Yaml = "organization:\n  name: Nordwind Logistik AG\nconfidential_terms:\n  - Projekt Falke\n";

        var tried = await owner.PostFormAsync("/policy", new() { ["Input.Yaml"] = Yaml, ["Input.Draft"] = "Bald mehr zu Projekt Falke! <b>fett</b>", ["Input.Date"] = "2026-11-27" }, handler: "Try");
        var triedPage = await tried.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        Assert.Contains("class=\"verdict-", triedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>fett</b>", triedPage, StringComparison.Ordinal);

        var before = await VersionCountAsync();
        var saved = await owner.PostFormAsync("/policy", new() { ["Input.Yaml"] = Yaml, ["Input.Comment"] = "Falke ergänzt" }, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await VersionCountAsync());
        Assert.Contains("Falke ergänzt", await owner.GetStringAsync("/policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_security_owners_and_administrators_edit_the_policy()
    {
        foreach (var role in new[] { Roles.Employee, Roles.Ambassador, Roles.ProgrammeLead })
        {
            using var client = await app.SignedInClientAsync(role);
            Assert.Equal("/account/denied", (await client.GetAsync("/policy")).Headers.Location?.AbsolutePath);
        }

        using var admin = await app.SignedInClientAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/policy")).StatusCode);
    }

    private Task<int> VersionCountAsync() => app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().PolicyVersions.CountAsync());
}

public sealed class PolicyEditorTests_on_Sqlite(SqliteApp app) : PolicyEditorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PolicyEditorTests_on_Postgres(PostgresApp app) : PolicyEditorTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Herald.Data;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Studio;

/// <summary>An ambassador's drafts are private: no other person, in any role, can list, open or change them through any endpoint.</summary>
public abstract partial class DraftPrivacyTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    private static readonly string[] OtherRoles = [Roles.Administrator, Roles.ProgrammeLead, Roles.SecurityOwner, Roles.Employee, Roles.Ambassador];

    // Every page a signed-in person can open without an id.
    private static readonly string[] Pages = ["/", "/check", "/guidelines", "/guidelines/edit", "/settings", "/invitations", "/profile", "/programme", "/policy", "/admin/users", "/studio"];

    [Fact]
    public async Task The_author_writes_autosaves_publishes_and_deletes_a_draft()
    {
        using var author = await app.SignedInClientAsync(Roles.Ambassador);

        var created = await author.PostAsJsonAsync("/api/v1/drafts", new { text = "Erster Gedanke" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await author.PutAsJsonAsync($"/api/v1/drafts/{id}", new { text = "Zweiter Gedanke", revision = 3 })).StatusCode);
        // A late autosave with an older revision never overwrites the newer text.
        var late = await author.PutAsJsonAsync($"/api/v1/drafts/{id}", new { text = "Erster Gedanke", revision = 2 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(3, (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal("Zweiter Gedanke", (await author.GetFromJsonAsync<JsonElement>($"/api/v1/drafts/{id}")).GetProperty("text").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await author.PostAsJsonAsync($"/api/v1/drafts/{id}/published", new { url = "javascript:alert(1)" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.PostAsJsonAsync($"/api/v1/drafts/{id}/published", new { url = "https://www.linkedin.com/posts/example" })).StatusCode);
        var list = await author.GetFromJsonAsync<JsonElement>("/api/v1/drafts");
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("id").GetInt32() == id && d.GetProperty("publishedUrl").GetString() == "https://www.linkedin.com/posts/example");

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/v1/drafts/{id}")).StatusCode);
    }

    [Fact]
    public async Task No_other_role_can_list_open_change_publish_or_delete_a_draft()
    {
        var marker = "Geheimer Entwurf " + Guid.NewGuid().ToString("N");
        using var author = await app.SignedInClientAsync(Roles.Ambassador);
        var id = await CreateDraftAsync(author, marker);

        foreach (var role in OtherRoles)
        {
            using var other = await app.SignedInClientAsync(role);
            await AssertCannotReachAsync(other, id, marker, role);

            // The same through a personal API token.
            var email = await app.CreateUserAsync(role);
            using var tokenClient = app.Client();
            tokenClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(email));
            await AssertApiCannotReachAsync(tokenClient, id, marker, role + " (token)");
        }

        var stored = await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().Drafts.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal((marker, 1, (string?)null), (stored.Text, stored.Revision, stored.PublishedUrl));
    }

    [Fact]
    public async Task A_draft_with_script_is_shown_as_text_in_the_studio()
    {
        using var author = await app.SignedInClientAsync(Roles.Ambassador);
        var id = await CreateDraftAsync(author, "<script>alert('x')</script> #Sicherheit");

        var page = await author.GetStringAsync($"/studio/{id}");

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; #Sicherheit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_studio_page_saves_and_checks_without_javascript()
    {
        using var author = await app.SignedInClientAsync(Roles.Ambassador);
        var id = await CreateDraftAsync(author, "Entwurf");

        var saved = await author.PostFormAsync($"/studio/{id}", new() { ["text"] = "Neuer Text über Phishing", ["revision"] = "1" }, handler: "Save");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("class=\"verdict-", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Neuer Text über Phishing", (await author.GetFromJsonAsync<JsonElement>($"/api/v1/drafts/{id}")).GetProperty("text").GetString());
    }

    private static async Task AssertCannotReachAsync(HttpClient other, int id, string marker, string role)
    {
        await AssertApiCannotReachAsync(other, id, marker, role);

        foreach (var page in Pages)
        {
            var response = await other.GetAsync(page);
            Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(IsRefused(await other.GetAsync($"/studio/{id}")), $"{role} opened /studio/{id}");
        var antiforgery = await AntiforgeryTokenAsync(other);
        using var save = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "overwritten", ["revision"] = "99", ["__RequestVerificationToken"] = antiforgery });
        Assert.True(IsRefused(await other.PostAsync($"/studio/{id}?handler=Save", save)), $"{role} saved /studio/{id}");
        using var publish = new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://example.test/", ["__RequestVerificationToken"] = antiforgery });
        Assert.True(IsRefused(await other.PostAsync($"/studio/{id}?handler=Publish", publish)), $"{role} published /studio/{id}");
    }

    private static async Task AssertApiCannotReachAsync(HttpClient other, int id, string marker, string role)
    {
        var list = await other.GetAsync("/api/v1/drafts");
        Assert.DoesNotContain(marker, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(IsRefused(await other.GetAsync($"/api/v1/drafts/{id}")), $"{role} read draft {id}");
        Assert.True(IsRefused(await other.PutAsJsonAsync($"/api/v1/drafts/{id}", new { text = "overwritten", revision = 99 })), $"{role} changed draft {id}");
        Assert.True(IsRefused(await other.PostAsJsonAsync($"/api/v1/drafts/{id}/published", new { url = "https://example.test/" })), $"{role} published draft {id}");
        Assert.True(IsRefused(await other.DeleteAsync($"/api/v1/drafts/{id}")), $"{role} deleted draft {id}");
    }

    // Refused means: not found (an ambassador asking for someone else's id), forbidden, or sent to the "not available" page.
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).StartsWith("/account/denied", StringComparison.Ordinal));

    private static async Task<int> CreateDraftAsync(HttpClient author, string text)
    {
        var created = await author.PostAsJsonAsync("/api/v1/drafts", new { text });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<string> TokenForAsync(string email)
    {
        using var client = await app.SignInAsync(email);
        var page = await (await client.PostFormAsync("/settings", new() { ["tokenName"] = "privacy test" }, handler: "CreateToken")).Content.ReadAsStringAsync();
        return NewToken().Match(page).Groups["token"].Value;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        AntiforgeryField().Match(await client.GetStringAsync("/settings")).Groups["value"].Value;

    [GeneratedRegex("id=\"new-token\">(?<token>[^<]+)<")]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class DraftPrivacyTests_on_Sqlite(SqliteApp app) : DraftPrivacyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class DraftPrivacyTests_on_Postgres(PostgresApp app) : DraftPrivacyTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Herald.Data;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Home;

public abstract class HomeTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task The_programme_lead_sees_published_posts_as_a_monthly_count_never_the_posts()
    {
        var marker = "Mein Beitrag " + Guid.NewGuid().ToString("N");
        using var ambassador = await app.SignedInClientAsync(Roles.Ambassador);
        var created = await ambassador.PostAsJsonAsync("/api/v1/drafts", new { text = marker });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await ambassador.PostAsJsonAsync($"/api/v1/drafts/{id}/published", new { url = "https://www.linkedin.com/posts/" + id })).StatusCode);

        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var home = await lead.GetStringAsync("/");

        Assert.Contains("Posts published per month", home, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en")), home, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, home, StringComparison.Ordinal);
        Assert.DoesNotContain("linkedin.com/posts/" + id, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambassador_sees_their_own_drafts_and_guideline_status_at_home()
    {
        using var ambassador = await app.SignedInClientAsync(Roles.Ambassador);
        await ambassador.PostAsJsonAsync("/api/v1/drafts", new { text = "Phishing-Welle: drei Tipps" });

        var home = await ambassador.GetStringAsync("/");

        Assert.Contains("Phishing-Welle: drei Tipps", home, StringComparison.Ordinal);
        Assert.Contains("Your drafts", home, StringComparison.Ordinal);
        Assert.DoesNotContain("The programme at a glance", home, StringComparison.Ordinal);
    }
}

public sealed class HomeTests_on_Sqlite(SqliteApp app) : HomeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class HomeTests_on_Postgres(PostgresApp app) : HomeTests<PostgresApp>(app), IClassFixture<PostgresApp>;

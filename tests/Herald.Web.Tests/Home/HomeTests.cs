using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Herald.Data;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task A_token_fixed_before_publication_counts_once_as_a_caught_secret_for_the_security_owner()
    {
        const string Token = "ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa";
        using var ambassador = await app.SignedInClientAsync(Roles.Ambassador);
        var before = await SecretsCaughtAsync();

        var fixedDraft = await CreateAsync(ambassador, "Unser Token " + Token + " ist getauscht.");
        Assert.Equal(HttpStatusCode.OK, (await ambassador.PutAsJsonAsync($"/api/v1/drafts/{fixedDraft}", new { text = "Tokens gehören in einen Tresor.", revision = 2 })).StatusCode);
        await ambassador.PostAsJsonAsync($"/api/v1/drafts/{fixedDraft}/published", new { url = "https://www.linkedin.com/posts/fixed" });
        await ambassador.PostAsJsonAsync($"/api/v1/drafts/{fixedDraft}/published", new { url = "https://www.linkedin.com/posts/fixed-again" });
        var notFixed = await CreateAsync(ambassador, "Unser Token " + Token + " ist getauscht.");
        await ambassador.PostAsJsonAsync($"/api/v1/drafts/{notFixed}/published", new { url = "https://www.linkedin.com/posts/not-fixed" });

        Assert.Equal(before + 1, await SecretsCaughtAsync());
        using var owner = await app.SignedInClientAsync(Roles.SecurityOwner);
        var home = await owner.GetStringAsync("/");
        Assert.Contains("Risks caught before publication", home, StringComparison.Ordinal);
        Assert.Contains("<td>Secret</td>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Tresor", home, StringComparison.Ordinal);
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

    private static async Task<int> CreateAsync(HttpClient client, string text)
    {
        var created = await client.PostAsJsonAsync("/api/v1/drafts", new { text });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private Task<int> SecretsCaughtAsync() => app.WithScopeAsync(s =>
        s.GetRequiredService<HeraldDbContext>().RiskTallies.Where(t => t.Category == "secret").SumAsync(t => t.Count));
}

public sealed class HomeTests_on_Sqlite(SqliteApp app) : HomeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class HomeTests_on_Postgres(PostgresApp app) : HomeTests<PostgresApp>(app), IClassFixture<PostgresApp>;

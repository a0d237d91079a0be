using System.Net;
using Herald.Data;
using Herald.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Setup;

public abstract class FirstAdministratorTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Fact]
    public async Task Fresh_start_prints_the_address_and_a_one_time_link_whose_token_is_stored_only_hashed()
    {
        using var client = app.Client();
        var token = app.SetupTokenFromConsole();

        Assert.Contains("Herald is running at", app.ConsoleOutput, StringComparison.Ordinal);
        Assert.NotNull(token);
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<HeraldDbContext>().SetupTokens.Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        Assert.Contains(Herald.Web.Infrastructure.Tokens.Hash(token), stored);
    }

    [Fact]
    public async Task The_link_creates_the_administrator_once_and_then_stops_working()
    {
        using var client = app.Client();
        var token = app.SetupTokenFromConsole()!;
        var link = "/setup?token=" + token;

        var weak = await client.PostFormAsync(link, new() { ["Token"] = token, ["Input.DisplayName"] = "Ada", ["Input.Email"] = "ada@example.test", ["Input.Password"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("at least 12 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await client.PostFormAsync(link, new() { ["Token"] = token, ["Input.DisplayName"] = "Ada", ["Input.Email"] = "ada@example.test", ["Input.Password"] = HeraldApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ada", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var stranger = app.Client();
        var again = await stranger.GetStringAsync(link);
        Assert.Contains("already been used", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Create administrator", again, StringComparison.Ordinal);
        var admins = await app.WithScopeAsync(s => s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Herald.Data.Entities.HeraldUser>>().GetUsersInRoleAsync(Roles.Administrator));
        Assert.Single(admins);
    }

    [Fact]
    public async Task A_wrong_token_shows_no_form()
    {
        using var client = app.Client();

        var page = await client.GetStringAsync("/setup?token=not-the-token");

        Assert.Contains("no longer valid", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Create administrator", page, StringComparison.Ordinal);
    }
}

public sealed class FirstAdministratorTests_on_Sqlite(SqliteApp app) : FirstAdministratorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class FirstAdministratorTests_on_Postgres(PostgresApp app) : FirstAdministratorTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using Herald.Data;
using Herald.Web.Features.Demo;
using Herald.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Demo;

/// <summary>Herald started with the demo company.</summary>
public sealed class DemoApp : SqliteApp
{
    public DemoApp() => With("Herald:Demo", "true");
}

public sealed class DemoTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Demo_fills_a_German_company_with_forty_people_and_six_ambassadors_from_four_departments()
    {
        using var client = app.Client();

        var (people, ambassadorDepartments, policies, guidelines, published, drafts) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HeraldDbContext>();
            return (
                await db.Users.CountAsync(),
                await db.AmbassadorProfiles.Select(p => p.User!.Department!.Name).ToListAsync(),
                await db.PolicyVersions.CountAsync(),
                await db.GuidelineVersions.CountAsync(),
                await db.Drafts.CountAsync(d => d.PublishedAt != null),
                await db.Drafts.CountAsync(d => d.PublishedAt == null));
        });

        Assert.Equal(40, people);
        Assert.Equal(6, ambassadorDepartments.Count);
        Assert.Equal(["IT", "Marketing", "Personal", "Vertrieb"], ambassadorDepartments.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal((1, 1), (policies, guidelines));
        Assert.True(published > 0 && drafts > 0);
        Assert.Contains("Demo company created", app.ConsoleOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_programme_lead_signs_in_and_sees_the_programme()
    {
        using var client = app.Client();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = $"sandra.becker@{DemoSeed.Domain}", ["Input.Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var home = await client.GetStringAsync("/");

        Assert.Contains("6 ambassadors", home, StringComparison.Ordinal);
        Assert.Contains("Vertrieb", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_runs_once()
    {
        using var client = app.Client();

        var seededAgain = await app.WithScopeAsync(s => s.GetRequiredService<DemoSeed>().SeedAsync(CancellationToken.None));

        Assert.False(seededAgain);
        Assert.Equal(40, await app.WithScopeAsync(s => s.GetRequiredService<UserManager<Herald.Data.Entities.HeraldUser>>().Users.CountAsync()));
    }
}

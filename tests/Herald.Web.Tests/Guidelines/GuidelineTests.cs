using System.Net;
using Herald.Data;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Guidelines;

public abstract class GuidelineTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    private const string Markdown = """
        # Unsere Leitlinien

        Wir vertrauen dir. <script>alert('x')</script>

        ## Grün: teile gern

        Eigene Erfahrungen mit [Phishing](https://example.test/phishing) und [nichts](javascript:alert(1)).
        """;

    [Fact]
    public async Task Published_guidelines_are_rendered_safely_and_acknowledged_per_version()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var published = await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = Markdown, ["Input.Comment"] = "Erste Fassung" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        using var ambassador = await app.SignedInClientAsync(Roles.Ambassador);
        var page = await ambassador.GetStringAsync("/guidelines");
        Assert.Contains("<h2 id=\"grün-teile-gern\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.test/phishing\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);

        var acknowledged = await ambassador.PostFormAsync("/guidelines", new() { ["version"] = VersionOn(page) }, handler: "Acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Contains("You have read this version", await ambassador.GetStringAsync("/guidelines"), StringComparison.Ordinal);

        // A new version asks everyone to read again.
        await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = Markdown + "\n\n## Rot: nie teilen\n", ["Input.Comment"] = "Rot ergänzt" });
        Assert.Contains("I have read these guidelines", await ambassador.GetStringAsync("/guidelines"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_programme_leads_and_administrators_edit_the_guidelines()
    {
        foreach (var role in new[] { Roles.Employee, Roles.Ambassador, Roles.SecurityOwner })
        {
            using var client = await app.SignedInClientAsync(role);
            Assert.Equal("/account/denied", (await client.GetAsync("/guidelines/edit")).Headers.Location?.AbsolutePath);
        }
    }

    private static string VersionOn(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
}

public sealed class GuidelineTests_on_Sqlite(SqliteApp app) : GuidelineTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class GuidelineTests_on_Postgres(PostgresApp app) : GuidelineTests<PostgresApp>(app), IClassFixture<PostgresApp>;

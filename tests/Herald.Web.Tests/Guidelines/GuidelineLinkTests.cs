using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Herald.Data;
using Herald.Web.Features.Demo;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Guidelines;

/// <summary>Findings link to the section of the current guidelines they rest on, and the link's target exists on the guidelines page.</summary>
public abstract class GuidelineLinkTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    // A made-up token in GitHub's format: never a real credential.
    private const string Draft = "Unser Build lief mit ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa – schon getauscht.";

    [Fact]
    public async Task A_finding_links_to_its_guideline_section_and_the_section_is_on_the_guidelines_page()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var published = await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = DemoGuidelines.Markdown });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        using var employee = await app.SignedInClientAsync();
        var response = await employee.PostAsJsonAsync("/api/v1/check", new { text = Draft });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("secret", finding.GetProperty("category").GetString());
        var guideline = finding.GetProperty("guideline");
        Assert.Equal("Zugangsdaten und Tokens", guideline.GetProperty("title").GetString());
        var url = guideline.GetProperty("url").GetString()!;
        Assert.Equal("/guidelines#zugangsdaten", url);

        var page = await employee.GetStringAsync(url.Split('#')[0]);
        Assert.Contains($"<h3 id=\"{url.Split('#')[1]}\">Zugangsdaten und Tokens</h3>", page, StringComparison.Ordinal);

        // "Can I post this?" shows the same link beside the finding.
        var checkPage = await employee.PostFormAsync("/check", new() { ["Text"] = Draft });
        Assert.Contains("Why? See guideline: <a href=\"/guidelines#zugangsdaten\">Zugangsdaten und Tokens</a>", await checkPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guidelines_that_link_a_category_to_a_missing_section_are_not_published()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = DemoGuidelines.Markdown });
        var broken = DemoGuidelines.Markdown.Replace("{#zugangsdaten}", string.Empty, StringComparison.Ordinal);

        var response = await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = broken }, handler: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("there is no heading “#zugangsdaten” for “secret”", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var employee = await app.SignedInClientAsync();
        Assert.Contains("id=\"zugangsdaten\"", await employee.GetStringAsync("/guidelines"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_mapping_findings_carry_no_guideline_link()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        await lead.PostFormAsync("/guidelines/edit", new() { ["Input.Markdown"] = "# Leitlinien\n\nWir vertrauen dir." });
        using var employee = await app.SignedInClientAsync();

        var response = await employee.PostAsJsonAsync("/api/v1/check", new { text = Draft });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("guideline").ValueKind);
    }
}

public sealed class GuidelineLinkTests_on_Sqlite(SqliteApp app) : GuidelineLinkTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class GuidelineLinkTests_on_Postgres(PostgresApp app) : GuidelineLinkTests<PostgresApp>(app), IClassFixture<PostgresApp>;

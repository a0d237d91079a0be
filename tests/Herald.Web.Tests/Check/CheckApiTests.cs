using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Guard;
using Herald.Guard.Policy;
using Herald.Web.Features.Policy;
using Herald.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Check;

public abstract partial class CheckApiTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    // A made-up token in GitHub's format: never a real credential.
    private const string GitHubToken = "ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa";

    private const string Draft = """
        Neulich im Incident-Review: wir haben gelernt, wie wichtig MFA ist.
        Unser Build lief mit dem Token ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa — der ist natürlich längst getauscht.
        """;

    [Fact]
    public async Task Without_sign_in_or_token_the_api_answers_401_not_a_redirect()
    {
        using var client = app.Client();

        var response = await client.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_check_returns_exactly_the_Guards_findings_in_the_documented_shape()
    {
        using var client = await app.SignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/check", new { text = Draft, date = "2026-11-27" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var expected = (await app.WithScopeAsync(s => s.GetRequiredService<GuardEngines>().CurrentAsync(s.GetRequiredService<HeraldDbContext>(), CancellationToken.None)))
            .Check(Draft, new DateOnly(2026, 11, 27));
        using var json = JsonDocument.Parse(body);
        Assert.Equal(expected.Verdict.ToWireName(), json.RootElement.GetProperty("verdict").GetString());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(expected.Findings.Count, findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            Assert.Equal(expected.Findings[i].RuleId, finding.GetProperty("ruleId").GetString());
            Assert.Equal(expected.Findings[i].Category.ToWireName(), finding.GetProperty("category").GetString());
            Assert.Equal(expected.Findings[i].Severity.ToWireName(), finding.GetProperty("severity").GetString());
            Assert.Equal(expected.Findings[i].Line, finding.GetProperty("line").GetInt32());
            Assert.Equal(expected.Findings[i].Column, finding.GetProperty("column").GetInt32());
            Assert.Equal(expected.Findings[i].Offset, finding.GetProperty("offset").GetInt32());
            Assert.Equal(expected.Findings[i].Length, finding.GetProperty("length").GetInt32());
            Assert.Equal(expected.Findings[i].Excerpt, finding.GetProperty("excerpt").GetString());
            Assert.Equal(expected.Findings[i].Message.En, finding.GetProperty("message").GetString());
        }

        // Whatever the rules find, the token never comes back in full.
        Assert.DoesNotContain(GitHubToken, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_follow_the_requests_language()
    {
        using var client = await app.SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/check") { Content = JsonContent.Create(new { text = Draft }) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = (await app.WithScopeAsync(s => s.GetRequiredService<GuardEngines>().CurrentAsync(s.GetRequiredService<HeraldDbContext>(), CancellationToken.None))).Check(Draft);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            expected.Findings.Select(f => f.Message.De),
            json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Invalid_requests_get_validation_problem_details()
    {
        using var client = await app.SignedInClientAsync();

        var missing = await client.PostAsJsonAsync("/api/v1/check", new { date = "2026-11-27" });
        var tooLong = await client.PostAsJsonAsync("/api/v1/check", new { text = new string('x', 110_001) });

        foreach (var response in new[] { missing, tooLong })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("text", out _));
        }
    }

    [Fact]
    public async Task A_personal_token_is_shown_once_works_as_bearer_and_stops_working_when_revoked()
    {
        using var owner = await app.SignedInClientAsync(Roles.Ambassador);
        var created = await owner.PostFormAsync("/settings", new() { ["tokenName"] = "CI <pipeline>" }, handler: "CreateToken");
        var page = await created.Content.ReadAsStringAsync();
        var token = NewToken().Match(page).Groups["token"].Value;
        Assert.StartsWith("herald_", token, StringComparison.Ordinal);
        Assert.Contains("CI &lt;pipeline&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await owner.GetStringAsync("/settings"), StringComparison.Ordinal);
        var stored = await app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<HeraldDbContext>().ApiTokens.Select(t => t.TokenHash).ToList()));
        Assert.DoesNotContain(token, stored);

        using var integration = app.Client();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await integration.PostAsJsonAsync("/api/v1/check", new { text = "Hallo LinkedIn" })).StatusCode);

        // Another person cannot revoke it: the id of someone else's token is simply not found.
        var id = TokenId().Match(await owner.GetStringAsync("/settings")).Groups["id"].Value;
        using var stranger = await app.SignedInClientAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormFromAsync("/settings", "/settings?handler=Revoke", new() { ["id"] = id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await integration.PostAsJsonAsync("/api/v1/check", new { text = "Hallo LinkedIn" })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormFromAsync("/settings", "/settings?handler=Revoke", new() { ["id"] = id })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await integration.PostAsJsonAsync("/api/v1/check", new { text = "Hallo LinkedIn" })).StatusCode);
    }

    [Fact]
    public async Task A_made_up_bearer_token_is_refused()
    {
        using var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "herald_made-up");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" })).StatusCode);
    }

    [Fact]
    public async Task The_engine_is_rebuilt_when_a_new_policy_version_is_saved()
    {
        app.SkipIfUnavailable();
        var engines = app.Services.GetRequiredService<GuardEngines>();
        var before = await app.WithScopeAsync(s => engines.CurrentAsync(s.GetRequiredService<HeraldDbContext>(), CancellationToken.None));
        Assert.Same(before, await app.WithScopeAsync(s => engines.CurrentAsync(s.GetRequiredService<HeraldDbContext>(), CancellationToken.None)));

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HeraldDbContext>();
            db.PolicyVersions.Add(new PolicyVersion { Yaml = PolicyLoader.Example });
            return await db.SaveChangesAsync();
        });

        Assert.NotSame(before, await app.WithScopeAsync(s => engines.CurrentAsync(s.GetRequiredService<HeraldDbContext>(), CancellationToken.None)));
    }

    [Fact]
    public async Task A_draft_with_script_is_shown_as_text_on_the_check_page()
    {
        using var client = await app.SignedInClientAsync();

        var response = await client.PostFormAsync("/check", new() { ["Text"] = "<script>alert('hi')</script> " + GitHubToken });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_check_endpoint()
    {
        using var client = app.Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/check", out var check));
        Assert.True(check.TryGetProperty("post", out _));
        var finding = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("FindingResponse").GetProperty("properties");
        Assert.True(finding.TryGetProperty("guideline", out _));
        Assert.True(finding.TryGetProperty("replacement", out _));
    }

    [GeneratedRegex("id=\"new-token\">(?<token>[^<]+)<")]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"id\" value=\"(?<id>\\d+)\"")]
    private static partial Regex TokenId();
}

public sealed class CheckApiTests_on_Sqlite(SqliteApp app) : CheckApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class CheckApiTests_on_Postgres(PostgresApp app) : CheckApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Platform;

public sealed class ProtectionTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Fact]
    public async Task A_request_over_the_size_limit_gets_a_clear_problem_response()
    {
        using var client = app.Client();
        using var body = new StringContent(new string('a', LimitedApp.MaxBodyBytes + 1));

        var response = await client.PostAsync("/account/sign-in", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("up to 2 KB", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        using var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= LimitedApp.SignInPerMinute; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.test", ["Input.Password"] = "nope" });
            statuses.Add((await client.PostAsync("/account/sign-in", form)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..^1]);
    }
}

/// <summary>A separate app, so the sign-in attempts above do not use up this test's sign-in.</summary>
public sealed class CheckRateLimitTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Fact]
    public async Task Checks_are_rate_limited_per_user_with_a_clear_problem_response()
    {
        using var client = await app.SignedInClientAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= LimitedApp.ChecksPerMinute; attempt++)
        {
            last = await client.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, LimitedApp.ChecksPerMinute), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
    }

    // Colleagues behind one proxy share a client address; one person's checks must not use up another's.
    [Fact]
    public async Task One_persons_checks_do_not_use_up_a_colleagues_from_the_same_address()
    {
        using var first = await app.SignedInClientAsync();
        using var colleague = await app.SignedInClientAsync();

        for (var attempt = 0; attempt <= LimitedApp.ChecksPerMinute; attempt++)
        {
            await first.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.PostAsJsonAsync("/api/v1/check", new { text = "Hallo" })).StatusCode);
    }
}

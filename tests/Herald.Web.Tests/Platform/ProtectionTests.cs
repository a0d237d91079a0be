using System.Net;
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

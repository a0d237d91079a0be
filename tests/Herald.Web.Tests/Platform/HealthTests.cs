using System.Net;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Platform;

public abstract class HealthTests<TApp>(TApp app)
    where TApp : HeraldApp
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        using var client = app.Client();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_no_inline_script()
    {
        using var client = app.Client();

        var response = await client.GetAsync("/account/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_over_https_are_secure_and_http_only()
    {
        using var client = app.Client();

        var response = await client.GetAsync("/account/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("herald.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_ask_for_sign_in_first()
    {
        using var client = app.Client();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class HealthTests_on_Sqlite(SqliteApp app) : HealthTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class HealthTests_on_Postgres(PostgresApp app) : HealthTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net.Http.Json;
using Herald.Data;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Platform;

/// <summary>Herald logging everything, so the test sees every message it could ever write.</summary>
public sealed class VerboseApp : SqliteApp
{
    public VerboseApp() => With("Serilog:MinimumLevel:Default", "Verbose")
        .With("Serilog:MinimumLevel:Override:Microsoft", "Verbose")
        .With("Serilog:MinimumLevel:Override:System", "Verbose")
        .With("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Verbose")
        .With("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
}

public sealed class LogTests(VerboseApp app) : IClassFixture<VerboseApp>
{
    [Fact]
    public async Task Logs_never_contain_a_drafts_text_a_secret_or_a_token()
    {
        const string Secret = "ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa";
        var marker = "Entwurfstext-" + Guid.NewGuid().ToString("N");
        using var ambassador = await app.SignedInClientAsync(Roles.Ambassador);
        var setupToken = app.SetupTokenFromConsole()!;

        await ambassador.PostAsJsonAsync("/api/v1/check", new { text = $"{marker} {Secret}" });
        var created = await ambassador.PostAsJsonAsync("/api/v1/drafts", new { text = $"{marker} {Secret}" });
        await ambassador.PutAsJsonAsync(created.Headers.Location!.OriginalString, new { text = $"{marker} v2", revision = 2 });
        await ambassador.PostFormAsync("/check", new() { ["Text"] = $"{marker} {Secret}" });
        await ambassador.GetAsync("/setup?token=" + setupToken);

        Assert.NotEmpty(app.Logs.Messages);
        Assert.Contains(app.Logs.Messages, m => m.Contains("/api/v1/check", StringComparison.Ordinal));
        var leaks = app.Logs.Messages.Where(m => m.Contains(marker, StringComparison.Ordinal) || m.Contains(Secret, StringComparison.Ordinal) || m.Contains(setupToken, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }
}

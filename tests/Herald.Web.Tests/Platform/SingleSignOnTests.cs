using Herald.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace Herald.Web.Tests.Platform;

public sealed class SingleSignOnTests
{
    [Fact]
    public async Task Enabled_single_sign_on_without_its_settings_stops_the_start_with_every_missing_setting_named()
    {
        await using var app = new SqliteApp();
        app.With("Authentication:OpenIdConnect:Enabled", "true").With("Authentication:OpenIdConnect:Authority", "http://idp.example.test");

        var error = Assert.Throws<OptionsValidationException>(() => app.Client());

        Assert.Contains("Authority must be the identity provider's https:// issuer URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientId is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_single_sign_on_offers_its_button_on_the_sign_in_page()
    {
        await using var app = new SqliteApp();
        app.With("Authentication:OpenIdConnect:Enabled", "true")
            .With("Authentication:OpenIdConnect:Authority", "https://idp.example.test/realms/herald")
            .With("Authentication:OpenIdConnect:ClientId", "herald")
            .With("Authentication:OpenIdConnect:ClientSecret", "not-a-real-secret")
            .With("Authentication:OpenIdConnect:DisplayName", "Sign in with Keycloak");
        using var client = app.Client();

        var page = await client.GetStringAsync("/account/sign-in");

        Assert.Contains("Sign in with Keycloak", page, StringComparison.Ordinal);
    }
}

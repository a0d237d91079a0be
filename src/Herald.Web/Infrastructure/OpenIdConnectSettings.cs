namespace Herald.Web.Infrastructure;

/// <summary>Optional single sign-on (Entra ID, Keycloak …), bound from <c>Authentication:OpenIdConnect</c>.</summary>
internal sealed class OpenIdConnectSettings
{
    public bool Enabled { get; set; }

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    public IReadOnlyList<string> Validate()
    {
        if (!Enabled)
        {
            return [];
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Authentication:OpenIdConnect:Authority must be the identity provider's https:// issuer URL.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            errors.Add("Authentication:OpenIdConnect:ClientId is required when single sign-on is enabled.");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            errors.Add("Authentication:OpenIdConnect:ClientSecret is required when single sign-on is enabled.");
        }

        return errors;
    }
}

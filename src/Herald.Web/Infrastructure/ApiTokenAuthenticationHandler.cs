using System.Text.Encodings.Web;
using Herald.Data.Entities;
using Herald.Web.Features.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Herald.Web.Infrastructure;

/// <summary>Signs a request in as the owner of the personal API token in <c>Authorization: Bearer herald_…</c>.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<HeraldUser> users,
    IUserClaimsPrincipalFactory<HeraldUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var userId = await tokens.FindOwnerAsync(header[Bearer.Length..].Trim(), Context.RequestAborted);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API token is not valid.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

using Herald.Web.Features.ApiTokens;
using Herald.Web.Features.Check;
using Herald.Web.Features.Guidelines;
using Herald.Web.Features.Policy;
using Herald.Web.Features.Studio;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Herald.Web.Infrastructure;

internal static class ApiExtensions
{
    public const string ApiPolicy = "api";

    public static IServiceCollection AddHeraldApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser())
            .AddPolicy(StudioApi.StudioPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthenticationHandler.SchemeName)
                .RequireRole(Data.Roles.Ambassador));
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Herald API";
                document.Info.Description = "Check drafts with the Guard. Authenticate with a personal API token (Authorization: Bearer herald_…) or a signed-in session.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerTokenDocumentation>();
            options.AddOperationTransformer<BearerTokenDocumentation>();
        });
        services.AddSingleton<GuardEngines>();
        services.AddSingleton<GuidelineLinks>();
        services.AddScoped<DraftChecker>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<DraftStore>();
        return services;
    }

    /// <summary>The JSON API under <c>/api/v1</c> and its OpenAPI document at <c>/api/v1/openapi.json</c>.</summary>
    public static WebApplication MapHeraldApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicy).DisableAntiforgery();
        api.MapCheckApi();
        api.MapStudioApi();
        return app;
    }
}

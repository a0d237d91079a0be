using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Herald.Web.Infrastructure;

/// <summary>
/// Declares in the OpenAPI document how the API authenticates (a personal API token as an HTTP bearer token), and
/// asks for it on exactly the operations that require authorization, so that clients and generated SDKs send it.
/// </summary>
internal sealed class BearerTokenDocumentation : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeId = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(SchemeId, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "herald_…",
            Description = "A personal API token, created under Settings → API tokens: Authorization: Bearer herald_…",
        });
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (RequiresAuthorization(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }

    // The same rule the authorization middleware applies: any authorization metadata, unless the endpoint allows anonymous callers.
    private static bool RequiresAuthorization(IList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any() && (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any());
}

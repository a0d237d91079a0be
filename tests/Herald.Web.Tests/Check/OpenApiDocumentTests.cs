using System.Text.Json;
using Herald.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Check;

/// <summary>The served OpenAPI document tells clients and generated SDKs how to authenticate: a bearer token, on every operation that needs one.</summary>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.AppWithAnonymousOperation app) : IClassFixture<OpenApiDocumentTests.AppWithAnonymousOperation>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_declares_the_bearer_scheme()
    {
        using var document = await DocumentAsync();

        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");

        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Contains("herald_", scheme.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_that_needs_a_token_asks_for_the_bearer_scheme()
    {
        using var document = await DocumentAsync();

        var secured = Operations(document).Where(o => o.Path != AppWithAnonymousOperation.Path).ToList();

        Assert.Contains(secured, o => o.Path == "/api/v1/check" && o.Method == "post");
        Assert.Contains(secured, o => o.Path == "/api/v1/drafts" && o.Method == "get");
        Assert.All(secured, o => Assert.Equal(["bearer"], Requirements(o.Operation)));
    }

    [Fact]
    public async Task An_anonymous_operation_asks_for_no_token()
    {
        using var document = await DocumentAsync();

        var anonymous = Assert.Single(Operations(document), o => o.Path == AppWithAnonymousOperation.Path);

        Assert.Empty(Requirements(anonymous.Operation));
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var client = app.Client();
        return JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonDocument document) =>
        from path in document.RootElement.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select (path.Name, operation.Name, operation.Value);

    private static List<string> Requirements(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
            ? [.. security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(scheme => scheme.Name))]
            : [];

    /// <summary>Herald with one extra API operation open to anyone, to see that the document leaves it without a requirement.</summary>
    public sealed class AppWithAnonymousOperation : SqliteApp
    {
        public const string Path = "/api/v1/test-anonymous";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, AnonymousOperation>());
        }

        private sealed class AnonymousOperation : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.UseEndpoints(endpoints => endpoints.MapGet(Path, () => "open").AllowAnonymous());
            };
        }
    }
}

using Herald.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Herald.Web.Infrastructure;

internal static class HealthExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddHeraldHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<HeraldDbContext>("database", HealthStatus.Unhealthy, [Ready]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and the database does too.</summary>
    public static WebApplication MapHeraldHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}

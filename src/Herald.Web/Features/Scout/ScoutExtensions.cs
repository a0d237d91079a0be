namespace Herald.Web.Features.Scout;

internal static class ScoutExtensions
{
    /// <summary>Scout in the browser: upload the staff list, read the shortlist, adjust it, send invitations.</summary>
    public static IServiceCollection AddScout(this IServiceCollection services)
    {
        services.AddSingleton<ScoutGate>();
        services.AddScoped<ScoutRunner>();
        services.AddScoped<ScoutInvitations>();
        return services;
    }
}

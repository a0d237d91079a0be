using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Herald.Web.Features.Setup;

internal static class SetupExtensions
{
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new StartupBanner(Console.Out));
        services.AddScoped<FirstAdministrator>();
        return services;
    }
}

using Herald.Data;
using Herald.Data.Postgres;
using Herald.Data.Sqlite;
using Herald.Web.Features.Demo;
using Herald.Web.Features.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Herald.Web.Infrastructure;

/// <summary>The one place that picks the database provider, and the start-up step that migrates it.</summary>
internal static class DatabaseExtensions
{
    public static IServiceCollection AddHeraldDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Bound lazily, so that settings a host adds after this call (tests, --urls …) still apply.
        services.AddOptions<DatabaseOptions>()
            .Configure(options =>
            {
                options.Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
                options.ConnectionString = configuration.GetConnectionString("Herald");
                options.DataDirectory = Path.GetFullPath(
                    configuration["Herald:DataDirectory"] ?? configuration["HERALD_DATA_DIR"] ?? Path.Combine(environment.ContentRootPath, "data"),
                    environment.ContentRootPath);
            })
            .Validate(
                options => options.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:Provider is Postgres, so ConnectionStrings:Herald must name the server (Host=…;Database=…;Username=…;Password=…).")
            .ValidateOnStart();

        // Keys for cookies and antiforgery survive restarts, so nobody is signed out by an update.
        services.AddDataProtection().SetApplicationName("Herald");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(keys =>
        {
            var directory = Path.Combine(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataDirectory, "keys");
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(directory), provider.GetRequiredService<ILoggerFactory>());
        }));

        services.AddDbContext<HeraldDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            _ = database.Provider switch
            {
                DatabaseProvider.Postgres => PostgresDatabase.Use(options, database.EffectiveConnectionString),
                _ => SqliteDatabase.Use(options, database.EffectiveConnectionString),
            };
        });
        return services;
    }

    /// <summary>Applies pending migrations, creates the roles and, while there is no administrator, issues the first-administrator link.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(database.DataDirectory);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeraldDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var banner = app.Services.GetRequiredService<StartupBanner>();
        if (app.Configuration.GetValue<bool>("Herald:Demo") && await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedAsync(cancellationToken))
        {
            banner.DemoCreated = true;
        }

        var setup = scope.ServiceProvider.GetRequiredService<FirstAdministrator>();
        var token = await setup.IssueTokenIfNeededAsync(cancellationToken);
        banner.PendingSetupToken = token;
    }
}

using Herald.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Herald.Web.Tests.Support;

/// <summary>
/// Herald on PostgreSQL: a fresh database per test class on the server named by HERALD_TEST_POSTGRES
/// (started by .ci/run). Without it, tests skip with a visible reason — except in CI, where they fail.
/// </summary>
public sealed class PostgresApp : HeraldApp
{
    private const string Variable = "HERALD_TEST_POSTGRES";
    private static readonly string? ServerConnection = Environment.GetEnvironmentVariable(Variable);
    private readonly string _database = "herald_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override string? Unavailable =>
        string.IsNullOrWhiteSpace(ServerConnection) ? $"{Variable} is not set: PostgreSQL tests need a server (.ci/run starts one)." : null;

    public override ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(ServerConnection) && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: CI never skips the PostgreSQL tests.");
        }

        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Unavailable is null)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<HeraldDbContext>().Database.EnsureDeletedAsync();
            }
        }

        await base.DisposeAsync();
    }

    protected override void ConfigureDatabase(IDictionary<string, string?> settings)
    {
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Herald"] = new NpgsqlConnectionStringBuilder(ServerConnection) { Database = _database }.ConnectionString;
    }
}

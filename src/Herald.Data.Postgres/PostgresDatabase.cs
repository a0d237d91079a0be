using Microsoft.EntityFrameworkCore;

namespace Herald.Data.Postgres;

/// <summary>Configures <see cref="HeraldDbContext"/> for PostgreSQL with the migrations of this assembly.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));
}

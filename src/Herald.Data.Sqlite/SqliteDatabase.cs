using Microsoft.EntityFrameworkCore;

namespace Herald.Data.Sqlite;

/// <summary>Configures <see cref="HeraldDbContext"/> for SQLite with the migrations of this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}

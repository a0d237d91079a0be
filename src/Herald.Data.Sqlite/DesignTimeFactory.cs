using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Herald.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the web app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HeraldDbContext>
{
    public HeraldDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HeraldDbContext>();
        SqliteDatabase.Use(options, "Data Source=design-time.db");
        return new HeraldDbContext(options.Options);
    }
}

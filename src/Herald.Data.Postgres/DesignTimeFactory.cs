using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Herald.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a running server (scaffolding never connects).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HeraldDbContext>
{
    public HeraldDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HeraldDbContext>();
        PostgresDatabase.Use(options, "Host=localhost;Database=herald_design");
        return new HeraldDbContext(options.Options);
    }
}

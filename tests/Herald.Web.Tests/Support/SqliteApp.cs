namespace Herald.Web.Tests.Support;

/// <summary>Herald on its default database: a SQLite file in the test's own data directory.</summary>
public class SqliteApp : HeraldApp
{
    protected override void ConfigureDatabase(IDictionary<string, string?> settings) =>
        settings["Database:Provider"] = "Sqlite";
}

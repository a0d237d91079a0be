using Herald.Data;

namespace Herald.Web.Infrastructure;

/// <summary>Which database Herald uses. Bound from <c>Database:*</c>, <c>ConnectionStrings:Herald</c> and <c>HERALD_DATA_DIR</c>.</summary>
internal sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means "the SQLite file herald.db in <see cref="DataDirectory"/>".</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where Herald keeps its files (the SQLite database by default).</summary>
    public required string DataDirectory { get; set; }

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(DataDirectory, "herald.db")}"
            : ConnectionString;
}

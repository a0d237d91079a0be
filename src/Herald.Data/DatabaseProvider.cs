namespace Herald.Data;

/// <summary>The database engines Herald runs on. Each has its own migrations project.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

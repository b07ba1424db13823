namespace PartyMembers.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// The "Database" configuration section.
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// Apply pending migrations at start-up. Always done for SQLite; for SQL Server production prefers the idempotent
    /// script (docs/database.md), so it is off unless set.
    public bool MigrateAtStartup { get; set; }

    /// SQLite busy timeout: how long a writer waits for another writer before failing.
    public int BusyTimeoutSeconds { get; set; } = 30;
}

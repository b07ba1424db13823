using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyMembers.Infrastructure.Persistence;

/// Per-connection SQLite settings: full durability (an approval must survive a power cut; WAL with NORMAL may roll it
/// back), foreign keys, and SQLite's own busy handler for as long as the connection string's Default Timeout
/// (Database:BusyTimeoutSeconds), so a writer waits for another writer instead of failing. journal_mode=WAL is a
/// property of the file and is set once at start-up (docs/database.md "Durability").
public sealed class SqlitePragmaInterceptor(int busyTimeoutSeconds = 30) : DbConnectionInterceptor
{
    private readonly string _pragmas = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={busyTimeoutSeconds * 1000};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}

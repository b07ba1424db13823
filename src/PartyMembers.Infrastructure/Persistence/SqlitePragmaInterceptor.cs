using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyMembers.Infrastructure.Persistence;

/// Per-connection SQLite settings: full durability (an approval must survive a power cut; WAL with NORMAL may roll it
/// back) and foreign keys. journal_mode=WAL is a property of the file and is set once at start-up.
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}

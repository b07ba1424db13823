using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Infrastructure.Persistence;

/// Start-up work on the database: migrations (always on SQLite, by switch on SQL Server), WAL mode, and the reference
/// data every installation needs (the rule parameters of the national rule set).
public sealed class DatabaseInitialiser(PartyMembersDbContext db, DatabaseOptions options, ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL is kept in the file: readers never block the writer and the writer never blocks readers.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var version = db.Database.GetDbConnection().ServerVersion;
                logger.LogInformation("SQLite library {Version}", version);
                SqliteVersion.EnsureSupported(version);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            await db.Database.MigrateAsync(cancellationToken);
            await OptimiseAsync(cancellationToken);
        }
        else if (options.MigrateAtStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SeedRulesAsync(cancellationToken);
    }

    /// SQLite chooses indexes from the statistics ANALYZE keeps; without them a million-member search may sort the whole
    /// table (bench/README.md). 0x10002 analyses the tables that have no statistics yet and refreshes stale ones; it is
    /// quick when they are current, so it runs at every start-up and after bulk changes (demo seeding).
    public async Task OptimiseAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    /// Adds the catalogue's versions that the database does not have yet; versions already there, and any added by an
    /// administrator, are left alone.
    public async Task<int> SeedRulesAsync(CancellationToken cancellationToken = default)
    {
        var existing = (await db.RuleParameters.AsNoTracking().Select(p => new { p.Key, p.ValidFrom }).ToListAsync(cancellationToken))
            .Select(p => (p.Key, p.ValidFrom))
            .ToHashSet();
        var added = 0;
        foreach (var seed in RuleCatalogue.Defaults)
        {
            if (existing.Contains((seed.Key, seed.ValidFrom)))
            {
                continue;
            }

            db.RuleParameters.Add(seed.ToParameter());
            added++;
        }

        if (added > 0)
        {
            db.ChangeReason = "Rule catalogue seeded";
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} rule parameter versions", added);
        }

        return added;
    }
}

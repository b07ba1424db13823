using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class DatabaseInitialiserTests
{
    private static DatabaseInitialiser Initialiser(PartyMembersDbContext context) =>
        new(context, new DatabaseOptions(), NullLogger<DatabaseInitialiser>.Instance);

    [Fact]
    public async Task Initialise_migrates_an_empty_file_turns_on_WAL_and_seeds_every_catalogue_row_once()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using (var context = db.CreateContext())
        {
            await Initialiser(context).InitialiseAsync();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        Assert.Equal("wal", await db.ScalarAsync("PRAGMA journal_mode;"));

        await using (var context = db.CreateContext())
        {
            var rows = await context.RuleParameters.AsNoTracking().ToListAsync();
            Assert.Equal(RuleCatalogue.Defaults.Count, rows.Count);
            foreach (var seed in RuleCatalogue.Defaults)
            {
                var row = Assert.Single(rows, r => r.Key == seed.Key && r.ValidFrom == seed.ValidFrom);
                Assert.Equal(seed.Kind, row.Kind);
                Assert.Equal(seed.Confidence, row.Confidence);
                Assert.Equal(seed.Source, row.Source);
            }

            // The seeding is audited like any other change, with its reason.
            var audit = await context.AuditEntries.AsNoTracking().Where(a => a.Entity == "RuleParameter").ToListAsync();
            Assert.Equal(RuleCatalogue.Defaults.Count, audit.Count);
            Assert.All(audit, a => Assert.Equal("Rule catalogue seeded", a.Reason));
        }
    }

    [Fact]
    public async Task Initialise_a_second_time_adds_nothing()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using (var context = db.CreateContext())
        {
            await Initialiser(context).InitialiseAsync();
        }

        var auditBefore = await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");
        await using (var context = db.CreateContext())
        {
            await Initialiser(context).InitialiseAsync();
            Assert.Equal(0, await Initialiser(context).SeedRulesAsync());
            Assert.Empty(context.ChangeTracker.Entries());
        }

        Assert.Equal((long)RuleCatalogue.Defaults.Count, await db.ScalarAsync("SELECT COUNT(*) FROM RuleParameters"));
        Assert.Equal(auditBefore, await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
    }

    [Fact]
    public async Task Seeding_keeps_versions_an_administrator_added_and_adds_only_the_missing_ones()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = RuleCatalogue.Defaults[0];
        await using (var context = db.CreateContext())
        {
            // The administrator's own later version of a catalogue key, and one catalogue row already there.
            context.RuleParameters.Add(TestData.Ok(RuleParameter.Create(first.Key, first.Kind, "240", new DateOnly(2030, 1, 1),
                "Quy định mới", RuleConfidence.Confirmed, null)));
            context.RuleParameters.Add(TestData.Ok(RuleParameter.Create(first.Key, first.Kind, first.Value, first.ValidFrom,
                first.Source, first.Confidence, first.Note)));
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(RuleCatalogue.Defaults.Count - 1, await Initialiser(context).SeedRulesAsync());
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(RuleCatalogue.Defaults.Count + 1, await context.RuleParameters.CountAsync());
            Assert.Equal("240", (await context.RuleParameters.SingleAsync(p => p.Key == first.Key && p.ValidFrom == new DateOnly(2030, 1, 1))).Value);
        }
    }

    [Fact]
    public async Task Every_connection_through_the_context_gets_synchronous_FULL_and_foreign_keys_on()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using (var context = db.CreateContext())
        {
            await Initialiser(context).InitialiseAsync();
        }

        // A pooled connection left with weaker settings by someone else must be put right when the context opens it.
        await using (var raw = new SqliteConnection(db.ConnectionString))
        {
            await raw.OpenAsync();
            await using var weaken = raw.CreateCommand();
            weaken.CommandText = "PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;";
            await weaken.ExecuteNonQueryAsync();
            Assert.Equal(0L, (await TestDatabase.ColumnAsync(raw, "PRAGMA synchronous;")).Single());
        }

        await using var check = db.CreateContext();
        await check.Database.OpenConnectionAsync();
        try
        {
            var connection = check.Database.GetDbConnection();
            Assert.Equal(2L, (await TestDatabase.ColumnAsync(connection, "PRAGMA synchronous;")).Single());
            Assert.Equal(1L, (await TestDatabase.ColumnAsync(connection, "PRAGMA foreign_keys;")).Single());
            Assert.Equal("wal", (await TestDatabase.ColumnAsync(connection, "PRAGMA journal_mode;")).Single());
        }
        finally
        {
            await check.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task Without_the_interceptor_a_pooled_connection_keeps_settings_changed_earlier()
    {
        // Guards the test above: a pooled connection keeps whatever an earlier user set, so only the interceptor can
        // promise FULL durability on every connection the context opens.
        await using var db = await TestDatabase.CreateAsync();
        await using var raw = new SqliteConnection(db.ConnectionString);
        await raw.OpenAsync();
        await using (var weaken = raw.CreateCommand())
        {
            weaken.CommandText = "PRAGMA synchronous=OFF;";
            await weaken.ExecuteNonQueryAsync();
        }

        await raw.CloseAsync();
        await raw.OpenAsync();
        Assert.Equal(0L, (await TestDatabase.ColumnAsync(raw, "PRAGMA synchronous;")).Single());
    }

    [Fact]
    public async Task A_foreign_key_violation_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA);

        // The cell is never saved: the member's home unit does not exist.
        context.Members.Add(member);
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Equal(0L, await db.ScalarAsync("SELECT COUNT(*) FROM Members"));
    }
}

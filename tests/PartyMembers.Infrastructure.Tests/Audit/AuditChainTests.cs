using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests.Audit;

public class AuditChainTests
{
    private const string DummySqlServer = "Server=127.0.0.1,1;Database=PartyMembersNoServer;User Id=sa;Password=unused;TrustServerCertificate=True";

    private static async Task SeedUsersAsync(TestDatabase db, int count, string prefix = "u")
    {
        for (var i = 0; i < count; i++)
        {
            await using var context = db.CreateContext();
            context.Users.Add(TestData.User($"{prefix}{i}@example.vn"));
            await context.SaveChangesAsync();
        }
    }

    private static async Task ExecuteRawAsync(TestDatabase db, string sql)
    {
        await using var connection = db.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase db, int batchSize = AuditVerifier.DefaultBatchSize)
    {
        await using var context = db.CreateContext();
        return await new AuditVerifier(context).VerifyAsync(batchSize);
    }

    [Fact]
    public async Task Raw_update_and_delete_of_audit_rows_are_refused_by_the_database()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 1);
        var count = await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");
        Assert.Equal(1L, count);

        var update = await Assert.ThrowsAsync<SqliteException>(() => ExecuteRawAsync(db, "UPDATE AuditEntries SET Changes = '{}'"));
        Assert.Contains(AuditSql.RefusalMessage, update.Message, StringComparison.Ordinal);
        var delete = await Assert.ThrowsAsync<SqliteException>(() => ExecuteRawAsync(db, "DELETE FROM AuditEntries"));
        Assert.Contains(AuditSql.RefusalMessage, delete.Message, StringComparison.Ordinal);

        Assert.Equal(count, await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
        Assert.True((await VerifyAsync(db)).IsValid);
    }

    [Fact]
    public async Task Both_migration_sets_create_the_append_only_triggers()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using (var context = db.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        var triggers = (await db.ColumnAsync("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'")).Cast<string>().ToList();
        Assert.Contains(AuditSql.SqliteNoUpdateTrigger, triggers);
        Assert.Contains(AuditSql.SqliteNoDeleteTrigger, triggers);

        var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
        DependencyInjection.Configure(builder, DatabaseProvider.SqlServer, DummySqlServer);
        await using var sqlServer = new PartyMembersDbContext(builder.Options);
        var script = sqlServer.GetService<IMigrator>().GenerateScript();
        Assert.Contains("INSTEAD OF UPDATE, DELETE", script, StringComparison.Ordinal);
        Assert.Contains(AuditSql.SqlServerTrigger, script, StringComparison.Ordinal);
        Assert.Contains("THROW 51000", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_row_is_chained_in_sequence_from_the_genesis_value()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 3);

        await using var context = db.CreateContext();
        var rows = await context.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        var previous = AuditChain.Genesis;
        foreach (var row in rows)
        {
            Assert.Equal(64, row.Hash.Length);
            Assert.Equal(AuditChain.ComputeHash(previous, row), row.Hash);
            previous = row.Hash;
        }

        var result = await VerifyAsync(db);
        Assert.True(result.IsValid);
        Assert.Equal(3, result.RowsChecked);
        Assert.Equal(rows[^1].Hash, result.HeadHash);
    }

    [Fact]
    public async Task A_save_inside_a_callers_transaction_uses_it_and_a_rollback_leaves_no_gap()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 1);
        await using (var context = db.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Users.Add(TestData.User("rolled.back@example.vn"));
            await context.SaveChangesAsync();
            Assert.Same(transaction, context.Database.CurrentTransaction);
            await transaction.RollbackAsync();
        }

        await using (var context = db.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Users.Add(TestData.User("first@example.vn"));
            await context.SaveChangesAsync();
            context.Users.Add(TestData.User("second@example.vn"));
            await context.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var result = await VerifyAsync(db);
        Assert.True(result.IsValid, $"{result.Problem} at {result.FirstBroken}");
        Assert.Equal(3, result.RowsChecked);
        Assert.Equal(3, result.LastSequence);
    }

    [Fact]
    public async Task Concurrent_saves_from_several_contexts_give_one_gap_free_valid_chain()
    {
        await using var db = await TestDatabase.CreateAsync();
        const int writers = 6;
        const int savesEach = 8;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < savesEach; i++)
            {
                await using var context = db.CreateContext();
                context.Users.Add(TestData.User($"w{w}.s{i}@example.vn"));
                context.Users.Add(TestData.User($"w{w}.t{i}@example.vn"));
                await context.SaveChangesAsync();
            }
        })));

        Assert.Equal((long)(writers * savesEach * 2), await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
        Assert.Equal((long)(writers * savesEach * 2), await db.ScalarAsync("SELECT MAX(Sequence) FROM AuditEntries"));
        var result = await VerifyAsync(db, batchSize: 7);
        Assert.True(result.IsValid, $"{result.Problem} at {result.FirstBroken}");
        Assert.Equal(writers * savesEach * 2, result.RowsChecked);
    }

    [Fact]
    public async Task A_changed_row_is_found_at_its_sequence_number()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 12);
        await ExecuteRawAsync(db, $"DROP TRIGGER \"{AuditSql.SqliteNoUpdateTrigger}\"");
        await ExecuteRawAsync(db, "UPDATE AuditEntries SET Changes = replace(Changes, 'u8@', 'x8@') WHERE Sequence = 9");

        var result = await VerifyAsync(db, batchSize: 5);
        Assert.False(result.IsValid);
        Assert.Equal(9, result.FirstBroken);
        Assert.Equal(AuditBreak.Changed, result.Problem);
    }

    [Fact]
    public async Task A_deleted_row_is_found_at_its_sequence_number()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 12);
        await ExecuteRawAsync(db, $"DROP TRIGGER \"{AuditSql.SqliteNoDeleteTrigger}\"");
        await ExecuteRawAsync(db, "DELETE FROM AuditEntries WHERE Sequence = 5");

        var result = await VerifyAsync(db, batchSize: 4);
        Assert.Equal(5, result.FirstBroken);
        Assert.Equal(AuditBreak.Missing, result.Problem);
    }

    [Fact]
    public async Task Two_rows_swapped_are_found_at_the_first_of_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedUsersAsync(db, 6);
        await ExecuteRawAsync(db, $"DROP TRIGGER \"{AuditSql.SqliteNoUpdateTrigger}\"");
        await ExecuteRawAsync(db,
            "UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = 3; UPDATE AuditEntries SET Sequence = 3 WHERE Sequence = 4; " +
            "UPDATE AuditEntries SET Sequence = 4 WHERE Sequence = -1;");

        var result = await VerifyAsync(db);
        Assert.Equal(3, result.FirstBroken);
        Assert.Equal(AuditBreak.Changed, result.Problem);
    }

    [Fact]
    public async Task Rows_written_before_the_chain_are_counted_and_the_chain_starts_after_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ExecuteRawAsync(db,
            "INSERT INTO AuditEntries (AtUtc, UserName, Entity, EntityKey, Action, Changes, Sequence, Hash) VALUES " +
            "('2026-01-01 00:00:00', 'old', 'Member', 'k1', 'Insert', '{}', 1, ''), ('2026-01-01 00:00:00', 'old', 'Member', 'k2', 'Insert', '{}', 3, '')");
        await SeedUsersAsync(db, 2);

        var result = await VerifyAsync(db);
        Assert.True(result.IsValid, $"{result.Problem} at {result.FirstBroken}");
        Assert.Equal(2, result.RowsBeforeChain);
        Assert.Equal(4, result.RowsChecked);
        Assert.Equal(5, result.LastSequence);
    }

    [Fact]
    public async Task Rows_carry_the_member_and_unit_they_are_about()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var rows = await check.AuditEntries.AsNoTracking().ToListAsync();
        var memberRow = Assert.Single(rows, r => r.Entity == "Member");
        Assert.Equal(member.Id, memberRow.MemberId);
        Assert.Equal(tree.CellA.Id, memberRow.UnitId);
        Assert.All(rows.Where(r => r.Entity == "MemberEvent"), r => Assert.Equal(member.Id, r.MemberId));
        var unitRow = Assert.Single(rows, r => r.Entity == "OrganisationUnit" && r.EntityKey == tree.CellB.Id.ToString());
        Assert.Equal(tree.CellB.Id, unitRow.UnitId);
        Assert.Null(unitRow.MemberId);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Persistence.Backups;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests.Durability;

/// Online copies with VACUUM INTO, checked, renamed and pruned (docs/database.md "Backups").
public class BackupServiceTests
{
    private static SqliteBackupService Service(TestDatabase db, PartyMembersDbContext context, int keep = 14, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(context, new DatabaseOptions { Provider = provider }, new ResolvedBackupOptions(Path.Combine(db.Folder, "backups"), keep), db.Clock,
            NullLogger<SqliteBackupService>.Instance);

    private static async Task<UnitTree> SeedAsync(TestDatabase db)
    {
        await using (var raw = db.OpenRawConnection())
        {
            await TestDatabase.ColumnAsync(raw, "PRAGMA journal_mode=WAL;");
        }

        var tree = TestData.Units(db.Today);
        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        context.Members.Add(TestData.Member(db, tree.CellA, "Phạm Thị Sao Lưu"));
        await context.SaveChangesAsync();
        return tree;
    }

    [Fact]
    public async Task A_backup_is_a_checked_copy_with_the_data_named_by_the_UTC_time_and_no_temp_file_left()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);

        // A reader holds a transaction open while the copy is made: the backup is online.
        await using var reader = db.OpenRawConnection();
        await using (var begin = reader.CreateCommand())
        {
            begin.CommandText = "BEGIN; SELECT COUNT(*) FROM Members;";
            await begin.ExecuteScalarAsync();
        }

        await using var context = db.CreateContext();
        var result = await Service(db, context).CreateAsync("test");

        Assert.True(result.Succeeded, result.IntegrityCheck);
        Assert.Equal("ok", result.IntegrityCheck);
        Assert.Equal("partymembers-20260615-030000.db", result.FileName);
        var path = Path.Combine(db.Folder, "backups", result.FileName!);
        Assert.Equal(new FileInfo(path).Length, result.SizeBytes);
        Assert.True(result.SizeBytes > 0);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(db.Folder, "backups"), "*.tmp"));
        Assert.Empty(result.Deleted);

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var copy = new SqliteConnection(builder.ToString());
        await copy.OpenAsync();
        Assert.Equal(["Phạm Thị Sao Lưu"], await TestDatabase.ColumnAsync(copy, "SELECT FullName FROM Members"));

        var listed = Assert.Single(Service(db, context).List());
        Assert.Equal(result.FileName, listed.Name);
        Assert.Equal("ok", listed.IntegrityCheck);
        Assert.Equal(new DateTime(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc), listed.TakenAtUtc);
        Assert.Equal(result.SizeBytes, listed.SizeBytes);
    }

    [Fact]
    public async Task Only_the_newest_copies_are_kept_and_two_in_the_same_second_get_distinct_names()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        await using var context = db.CreateContext();
        var service = Service(db, context, keep: 2);

        var first = await service.CreateAsync("test");
        var sameSecond = await service.CreateAsync("test");
        Assert.Equal("partymembers-20260615-030000.db", first.FileName);
        Assert.Equal("partymembers-20260615-030000-2.db", sameSecond.FileName);

        db.Clock.Advance(TimeSpan.FromHours(1));
        var third = await service.CreateAsync("test");
        db.Clock.Advance(TimeSpan.FromDays(1));
        var fourth = await service.CreateAsync("test");

        Assert.Equal(["partymembers-20260615-030000.db"], third.Deleted);
        Assert.Equal(["partymembers-20260615-030000-2.db"], fourth.Deleted);
        Assert.Equal(["partymembers-20260616-040000.db", "partymembers-20260615-040000.db"], service.List().Select(f => f.Name));
        var remaining = Directory.EnumerateFiles(Path.Combine(db.Folder, "backups")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["partymembers-20260615-040000.db", "partymembers-20260615-040000.db.check", "partymembers-20260616-040000.db", "partymembers-20260616-040000.db.check"],
            remaining);
    }

    [Fact]
    public async Task The_integrity_check_reports_a_damaged_file()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        await using var context = db.CreateContext();
        var result = await Service(db, context).CreateAsync("test");
        var damaged = Path.Combine(db.Folder, "damaged.db");
        File.Copy(Path.Combine(db.Folder, "backups", result.FileName!), damaged);
        Assert.Equal("ok", await SqliteBackupService.IntegrityCheckAsync(damaged));

        // Overwrite the middle of the file (b-tree pages of the tables) with garbage.
        await using (var stream = new FileStream(damaged, FileMode.Open, FileAccess.Write))
        {
            var pageSize = 4096;
            var pages = stream.Length / pageSize;
            for (var page = 2; page < pages; page += 2)
            {
                stream.Position = (page * pageSize) + 8;
                stream.Write(Enumerable.Repeat((byte)0x5A, 200).ToArray());
            }
        }

        var check = await SqliteBackupService.IntegrityCheckAsync(damaged);
        Assert.NotEqual("ok", check);
        Assert.False(string.IsNullOrWhiteSpace(check));
    }

    [Fact]
    public async Task On_SQL_Server_the_service_makes_no_copy_and_says_backups_are_native()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();
        var service = Service(db, context, provider: DatabaseProvider.SqlServer);

        Assert.False(service.IsSupported);
        var result = await service.CreateAsync("test");
        Assert.False(result.Succeeded);
        Assert.True(result.NotSupported);
        Assert.Empty(service.List());
        Assert.False(Directory.Exists(Path.Combine(db.Folder, "backups")));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class MigrationTests
{
    private static readonly string[] ExpectedTables =
    [
        "Units", "Members", "MemberEvents", "RoleAssignments", "RuleParameters", "CalendarEntries", "AuditEntries",
        "DataProtectionKeys", "AspNetUsers", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens", "__EFMigrationsHistory",
    ];

    // Never opened: building the model, listing migrations and generating scripts need no server.
    private const string DummySqlServer = "Server=127.0.0.1,1;Database=PartyMembersNoServer;User Id=sa;Password=unused;TrustServerCertificate=True";

    private static PartyMembersDbContext SqlServerContext()
    {
        var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
        DependencyInjection.Configure(builder, DatabaseProvider.SqlServer, DummySqlServer);
        return new PartyMembersDbContext(builder.Options);
    }

    [Fact]
    public async Task Sqlite_migrates_an_empty_file_and_creates_every_table()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using (var context = db.CreateContext())
        {
            Assert.Empty(await context.Database.GetAppliedMigrationsAsync());
            await context.Database.MigrateAsync();

            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        var tables = (await db.ColumnAsync("SELECT name FROM sqlite_master WHERE type = 'table'")).Cast<string>().ToHashSet();
        foreach (var table in ExpectedTables)
        {
            Assert.Contains(table, tables);
        }

        // Every table the model maps exists in the file.
        await using var check = db.CreateContext();
        foreach (var entity in check.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            Assert.Contains(entity.GetTableName()!, tables);
        }
    }

    [Fact]
    public async Task Sqlite_migrations_match_the_model()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using var context = db.CreateContext();
        Assert.False(context.Database.HasPendingModelChanges(), "The SQLite migrations lag the model: add a migration to both sets.");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var context = SqlServerContext();
        Assert.True(context.Database.IsSqlServer());
        Assert.False(context.Database.HasPendingModelChanges(), "The SQL Server migrations lag the model: add a migration to both sets.");
    }

    [Fact]
    public async Task Both_migration_sets_hold_the_same_migration_ids()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using var sqlite = db.CreateContext();
        using var sqlServer = SqlServerContext();

        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var sqlServerIds = sqlServer.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteIds);
        Assert.Equal(sqliteIds, sqlServerIds);
    }

    [Fact]
    public void SqlServer_idempotent_script_names_every_migration_and_creates_the_tables()
    {
        using var context = SqlServerContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var id in context.Database.GetMigrations())
        {
            Assert.Contains($"N'{id}'", script, StringComparison.Ordinal);
        }

        foreach (var table in ExpectedTables.Where(t => t != "__EFMigrationsHistory"))
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        // Idempotent: each migration is guarded by a look-up in the history table.
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);

        // Optional identifiers are unique only when present (filtered indexes on SQL Server).
        Assert.Contains("WHERE [ResumeNumber] IS NOT NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_script_generates_with_every_table()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using var context = db.CreateContext();
        var script = context.GetService<IMigrator>().GenerateScript();

        foreach (var id in context.Database.GetMigrations())
        {
            Assert.Contains($"'{id}'", script, StringComparison.Ordinal);
        }

        foreach (var table in ExpectedTables.Where(t => t != "__EFMigrationsHistory"))
        {
            Assert.Contains($"CREATE TABLE \"{table}\"", script, StringComparison.Ordinal);
        }

        Assert.Contains("COLLATE NOCASE", script, StringComparison.Ordinal);
    }
}

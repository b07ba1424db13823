using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests.Durability;

/// The SQLite settings of docs/database.md "Durability", read back through the context the app registers.
public class SqliteSettingsTests
{
    private static ServiceProvider Build(string contentRoot, int busyTimeoutSeconds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = "Data Source=App_Data/durable.db",
            ["Database:BusyTimeoutSeconds"] = busyTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("system:test"));
        services.AddPartyMembersData(configuration, contentRoot);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_app_context_runs_in_WAL_with_synchronous_FULL_foreign_keys_and_the_configured_busy_timeout()
    {
        await using var db = TestDatabase.CreateEmpty();
        string? connectionString;
        await using (var provider = Build(db.Folder, busyTimeoutSeconds: 7))
        {
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
            }

            // A new scope and a new physical connection: the settings come from the interceptor and the file, not from
            // what the initialiser left on its connection.
            SqliteConnection.ClearAllPools();
            await using var check = provider.CreateAsyncScope();
            var context = check.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
            connectionString = context.Database.GetConnectionString();
            Assert.Equal(7, new SqliteConnectionStringBuilder(connectionString).DefaultTimeout);
            await context.Database.OpenConnectionAsync();
            try
            {
                var connection = context.Database.GetDbConnection();
                Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
                Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous;"));
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
                Assert.Equal(7000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }

        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("3.51.3", true)]
    [InlineData("3.53.3", true)]
    [InlineData("3.60.0", true)]
    [InlineData("4.0", true)]
    [InlineData("3.51.2", false)]
    [InlineData("3.46.1", false)]
    [InlineData("3.9.9", false)]
    [InlineData("not a version", false)]
    public void Versions_before_the_WAL_fix_are_refused(string version, bool supported)
    {
        Assert.Equal(supported, SqliteVersion.IsSupported(version));
        if (supported)
        {
            SqliteVersion.EnsureSupported(version);
        }
        else
        {
            var error = Assert.Throws<InvalidOperationException>(() => SqliteVersion.EnsureSupported(version));
            Assert.Contains("3.51.3", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_bundled_SQLite_library_carries_the_WAL_fix()
    {
        await using var db = TestDatabase.CreateEmpty();
        await using var connection = db.OpenRawConnection();
        var version = (string)(await ScalarAsync(connection, "SELECT sqlite_version();"))!;
        Assert.Equal(connection.ServerVersion, version);
        Assert.True(SqliteVersion.IsSupported(version), $"The bundled SQLite is {version}; at least {SqliteVersion.Minimum} is required.");
    }

    [Fact]
    public async Task BeginTransaction_takes_the_write_lock_at_once_for_an_explicit_transaction_and_for_SaveChanges()
    {
        await using var db = await TestDatabase.CreateAsync();
        var probe = new WriteLockProbe(db.FilePath);
        await using (var context = db.CreateContext(extra: probe))
        {
            // SaveChanges opens its own transaction.
            var tree = TestData.Units(db.Today);
            context.Units.AddRange(tree.All);
            await context.SaveChangesAsync();
            Assert.Equal([true], probe.LockHeldAtStart);

            // An explicit transaction, before anything is read or written in it.
            await using var transaction = await context.Database.BeginTransactionAsync();
            Assert.Equal([true, true], probe.LockHeldAtStart);
            await transaction.RollbackAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Two_transactions_that_each_read_then_write_both_complete_one_after_the_other()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var raw = db.OpenRawConnection())
        {
            await ScalarAsync(raw, "PRAGMA journal_mode=WAL;");
        }

        var tree = TestData.Units(db.Today);
        await using (var setup = db.CreateContext())
        {
            setup.Units.AddRange(tree.All);
            await setup.SaveChangesAsync();
        }

        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondIsWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<int> ReadThenWrite(string name, bool first)
        {
            await using var context = db.CreateContext();
            if (!first)
            {
                await firstHasRead.Task;
                secondIsWaiting.SetResult();
            }

            await using var transaction = await context.Database.BeginTransactionAsync();
            var before = await context.Members.CountAsync();
            if (first)
            {
                firstHasRead.SetResult();

                // Give the second time to reach its BEGIN, which must wait here rather than read a snapshot it could
                // not upgrade later (the deadlock of two deferred transactions).
                await secondIsWaiting.Task;
                await Task.Delay(300);
            }

            context.Members.Add(TestData.Member(db, tree.CellA, name));
            await context.SaveChangesAsync();
            await transaction.CommitAsync();
            return before;
        }

        var results = await Task.WhenAll(ReadThenWrite("Trần Văn Một", first: true), ReadThenWrite("Lê Thị Hai", first: false))
            .WaitAsync(TimeSpan.FromSeconds(30));

        // The second read after the first committed: it saw the first's member, so it cannot have lost it.
        Assert.Equal([0, 1], results);
        Assert.Equal(2L, await db.ScalarAsync("SELECT COUNT(*) FROM Members"));
        SqliteConnection.ClearAllPools();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// When a transaction starts, asks a second connection (no waiting) for the write lock: it must be refused, so the
    /// transaction already holds it (BEGIN IMMEDIATE), instead of taking it at its first write (BEGIN DEFERRED).
    private sealed class WriteLockProbe(string file) : DbTransactionInterceptor
    {
        public List<bool> LockHeldAtStart { get; } = [];

        public override ValueTask<DbTransaction> TransactionStartedAsync(
            DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            LockHeldAtStart.Add(OtherWriterIsRefused());
            return ValueTask.FromResult(result);
        }

        private bool OtherWriterIsRefused()
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 1 };
            using var other = new SqliteConnection(builder.ToString());
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=0;";
            command.ExecuteNonQuery();
            try
            {
                command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                command.ExecuteNonQuery();
                return false;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == 5)
            {
                return true;
            }
        }
    }
}

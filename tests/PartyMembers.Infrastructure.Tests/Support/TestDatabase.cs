using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Tests.Support;

/// A fresh SQLite file in a temp folder, migrated with the real migrations, and contexts built the way the app builds
/// them (DependencyInjection.Configure + the audit and pragma interceptors). Deleted, with its -wal/-shm files, on dispose.
public sealed class TestDatabase : IAsyncDisposable
{
    /// "Now" for every test: 15/6/2026 10:00 in Vietnam.
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 3, 0, 0, TimeSpan.Zero);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "partymembers-infrastructure-tests");

    // Migrating takes a few hundred milliseconds with synchronous=FULL; the file is migrated once with MigrateAsync and
    // copied for each test. The migration tests themselves start from empty files.
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private TestDatabase(string folder)
    {
        Folder = folder;
        Clock = new FakeTimeProvider(Start);
        Actor = new TestAuditActor(Guid.NewGuid(), "test.user@example.vn", "trace-0001");
        ConnectionString = DependencyInjection.SqliteConnectionString(
            "Data Source=partymembers.db", new DatabaseOptions(), folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "partymembers.db");

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; }

    public TestAuditActor Actor { get; }

    public DateOnly Today => VietnamTime.Today(Clock);

    /// An empty file, not migrated.
    public static TestDatabase CreateEmpty()
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder);
    }

    /// A file with every migration applied.
    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await Template.Value;
        var db = CreateEmpty();
        File.Copy(template, db.FilePath);
        return db;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        RemoveLeftovers();
        var db = CreateEmpty();
        await using (var context = db.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => db.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return db.FilePath;
    }

    // The template is removed at process exit, which a killed test host never reaches: clear what earlier runs left.
    private static void RemoveLeftovers()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }

    public DbContextOptions<PartyMembersDbContext> Options(IAuditActor? actor = null, params IInterceptor[] extra)
    {
        var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
        DependencyInjection.Configure(builder, DatabaseProvider.Sqlite, ConnectionString);
        builder.AddInterceptors(new AuditInterceptor(actor ?? Actor, Clock), new SqlitePragmaInterceptor());
        if (extra.Length > 0)
        {
            builder.AddInterceptors(extra);
        }

        return builder.Options;
    }

    public PartyMembersDbContext CreateContext(IAuditActor? actor = null, params IInterceptor[] extra) =>
        new(Options(actor, extra));

    /// A plain connection with no interceptors, to look at the file as it is.
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static async Task<List<object?>> ColumnAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        var values = new List<object?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        }

        return values;
    }

    public async Task<List<object?>> ColumnAsync(string sql)
    {
        await using var connection = OpenRawConnection();
        return await ColumnAsync(connection, sql);
    }

    public async Task<object?> ScalarAsync(string sql) => (await ColumnAsync(sql)).SingleOrDefault();

    public ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left for the OS to clean; the test result does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class TestAuditActor(Guid? userId, string userName, string? traceId) : IAuditActor
{
    public Guid? UserId { get; } = userId;

    public string UserName { get; } = userName;

    public string? TraceId { get; } = traceId;
}

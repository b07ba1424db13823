using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyMembers.Infrastructure;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Bench;

/// A command the application sent, with its parameters, so that it can be explained and replayed on a raw connection.
internal sealed record CapturedCommand(string Sql, IReadOnlyList<CapturedParameter> Parameters)
{
    public SqliteCommand CreateOn(SqliteConnection connection, string prefix = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = prefix + Sql;
        foreach (var p in Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            if (p.DbType is { } dbType)
            {
                parameter.DbType = dbType;
            }

            parameter.SqliteType = p.SqliteType;
            parameter.Value = p.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// The statement with its parameter values, for the report.
    public string Describe() =>
        Parameters.Count == 0 ? Sql : Sql + Environment.NewLine + "-- " + string.Join(", ", Parameters.Select(p => $"{p.Name} = {Show(p.Value)}"));

    private static string Show(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => "'" + s + "'",
        _ => value.ToString() ?? string.Empty,
    };
}

internal sealed record CapturedParameter(string Name, System.Data.DbType? DbType, SqliteType SqliteType, object? Value);

/// Times every reader the application opens (from execution until the reader is disposed, which in SQLite is when the
/// rows have been stepped through) and, when asked, records the commands. The bench runs one request at a time.
internal sealed class CommandTimer : DbCommandInterceptor
{
    private long _started;
    private int _open;

    public bool Capture { get; set; }

    public List<CapturedCommand> Captured { get; } = [];

    public double DbMilliseconds { get; private set; }

    public int Commands { get; private set; }

    public void Reset()
    {
        DbMilliseconds = 0;
        Commands = 0;
        _open = 0;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        // Split queries open a reader while another is still open: count the time with any reader open once.
        if (--_open == 0)
        {
            DbMilliseconds += Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
        }

        return result;
    }

    private void Start(DbCommand command)
    {
        Commands++;
        if (Capture)
        {
            Captured.Add(new CapturedCommand(command.CommandText, command.Parameters.Cast<SqliteParameter>()
                .Select(p => new CapturedParameter(p.ParameterName, p.DbType, p.SqliteType, p.Value is DBNull ? null : p.Value))
                .ToList()));
        }

        if (_open++ == 0)
        {
            _started = Stopwatch.GetTimestamp();
        }
    }
}

/// Opens the bench database the way the application does: the connection string from
/// <see cref="DependencyInjection.SqliteConnectionString"/>, the provider set-up from <see cref="DependencyInjection.Configure"/>
/// and the per-connection pragmas of <see cref="SqlitePragmaInterceptor"/>. The audit interceptor is left out: it only
/// acts on SaveChanges, which the measured reads never call.
internal static class BenchDb
{
    public static string ConnectionString(string dbPath) =>
        DependencyInjection.SqliteConnectionString("Data Source=" + dbPath, new DatabaseOptions(), Directory.GetCurrentDirectory());

    public static DbContextOptions<PartyMembersDbContext> Options(string dbPath, params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
        DependencyInjection.Configure(builder, DatabaseProvider.Sqlite, ConnectionString(dbPath));
        builder.AddInterceptors(new SqlitePragmaInterceptor());
        builder.AddInterceptors(interceptors);
        return builder.Options;
    }

    /// A raw connection for EXPLAIN QUERY PLAN and replays, with the application's pragmas.
    public static SqliteConnection OpenRaw(string dbPath)
    {
        var connection = new SqliteConnection(ConnectionString(dbPath));
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// Reads every row, as the application's reader does, and returns the row count.
    public static int Drain(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    public static long FileSize(string dbPath) =>
        new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}

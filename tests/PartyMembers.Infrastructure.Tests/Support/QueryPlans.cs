using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyMembers.Infrastructure.Tests.Support;

/// Records the queries EF sends, with their parameter values, so a test can ask SQLite how it runs the real SQL.
public sealed class CommandCapture : DbCommandInterceptor
{
    public List<CapturedCommand> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Capture(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Capture(DbCommand command) => Commands.Add(new CapturedCommand(
        command.CommandText,
        command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
}

public sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

public static class QueryPlans
{
    /// The "detail" lines of EXPLAIN QUERY PLAN, e.g. "SEARCH m USING COVERING INDEX IX_... (EffectiveDate&lt;?)".
    public static async Task<List<string>> ExplainAsync(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)>? parameters = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters ?? [])
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return lines;
    }

    /// A line that reads a whole table row by row, with no index: "SCAN x" alone (SCAN ... USING ... INDEX walks an index).
    public static bool IsFullTableScan(string line) =>
        line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal);
}

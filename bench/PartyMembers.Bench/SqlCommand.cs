using System.Diagnostics;

namespace PartyMembers.Bench;

/// `sql`: EXPLAIN QUERY PLAN and timing of any statement on the bench file, with the SQLite that ships with the
/// application (Debian's sqlite3 is older and plans differently). For trying a rewrite or an index by hand:
///   sql --db bench/data/province.db --sql "SELECT ..." [--runs 20] [--setup "CREATE INDEX ..."] [--no-stats]
/// --setup and --no-stats run inside a transaction that is rolled back afterwards.
internal static class SqlCommand
{
    public static Task<int> RunAsync(BenchArgs args, Report report)
    {
        var dbPath = Path.GetFullPath(args.Required("db"));
        var sql = args.Text("file") is { } file ? File.ReadAllText(file) : args.Required("sql");
        var runs = args.Int("runs", 20);
        using var connection = BenchDb.OpenRaw(dbPath);
        var setup = args.Text("setup");
        var noStats = args.Flag("no-stats");
        var transaction = setup is not null || noStats;
        if (transaction)
        {
            var started = Stopwatch.StartNew();
            BenchDb.Execute(connection, "BEGIN;" + (setup is null ? string.Empty : setup + ";")
                + (noStats ? "DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;" : string.Empty));
            report.Line($"- setup ({(noStats ? "without sqlite_stat1" : "with statistics")}): {started.Elapsed.TotalSeconds:F1} s");
        }

        try
        {
            var command = new CapturedCommand(sql, []);
            var plan = Plans.Explain(connection, command);
            report.Line("```");
            foreach (var line in plan.Lines)
            {
                report.Line(line);
            }

            report.Line("```");
            using (var first = command.CreateOn(connection))
            using (var reader = first.ExecuteReader())
            {
                for (var row = 0; row < 5 && reader.Read(); row++)
                {
                    report.Line("  " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
                }
            }

            var (rows, stats) = StatementReport.Replay(connection, command, runs);
            report.Line($"- {rows} rows; p50 {Stats.Ms(stats.P50)} ms, p95 {Stats.Ms(stats.P95)} ms, max {Stats.Ms(stats.Max)} ms over {stats.Count} runs");
        }
        finally
        {
            if (transaction)
            {
                BenchDb.Execute(connection, "ROLLBACK;");
            }
        }

        return Task.FromResult(0);
    }
}

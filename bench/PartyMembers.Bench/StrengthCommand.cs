using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Queries;

namespace PartyMembers.Bench;

/// `strength`: MembershipQueries.StrengthByUnitAsync (party strength per unit as of a date, from MemberEvents) for
/// today, the end of last year (the yearly report) and ten years back. Per date: one cold-ish run (the database file
/// dropped from the OS page cache first, with `dd iflag=nocache count=0`; a virtual disk may still cache below), then
/// warm runs, each with a new DbContext; the plan of the statement EF sends; and, for today, a cross-check against the
/// Members table's current statuses.
internal static class StrengthCommand
{
    public static async Task<int> RunAsync(BenchArgs args, Report report)
    {
        var dbPath = Path.GetFullPath(args.Required("db"));
        var runs = args.Int("runs", 10);
        var cold = !args.Flag("no-cold");
        var whatIf = !args.Flag("no-what-if");
        var whatIfRows = new List<(DateOnly Date, bool IsToday, IReadOnlyDictionary<Guid, Domain.Statistics.StrengthCount> Expected)>();
        var timer = new CommandTimer();
        var options = BenchDb.Options(dbPath, timer);
        var today = VietnamTime.Today(TimeProvider.System);
        DateOnly[] dates = args.Text("date") is { } one ? [DateOnly.Parse(one, System.Globalization.CultureInfo.InvariantCulture)]
            : [today, new DateOnly(today.Year - 1, 12, 31), new DateOnly(today.Year - 10, 12, 31)];

        await using var raw = BenchDb.OpenRaw(dbPath);
        report.Line($"- database: {dbPath}, {Machine.Size(BenchDb.FileSize(dbPath))}, {BenchDb.Scalar<long>(raw, "SELECT count(*) FROM Members"):N0} members, "
            + $"{BenchDb.Scalar<long>(raw, "SELECT count(*) FROM MemberEvents"):N0} events; {runs} warm runs per date");
        var rows = new List<string>();
        CapturedCommand? statement = null;
        foreach (var date in dates)
        {
            double? coldMs = null;
            if (cold)
            {
                SqliteConnection.ClearAllPools();
                DropFromPageCache(dbPath);
                coldMs = (await Run(options, timer, date, capture: false)).Ms;
            }

            // An untimed warm-up (query compilation, JIT), which also captures the statement.
            var first = await Run(options, timer, date, capture: statement is null);
            statement ??= timer.Captured.LastOrDefault();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                times.Add((await Run(options, timer, date, capture: false)).Ms);
            }

            var stats = new Stats(times);
            var official = first.Result.Values.Sum(c => c.Official);
            var probationary = first.Result.Values.Sum(c => c.Probationary);
            var check = string.Empty;
            if (date == today)
            {
                var counted = BenchDb.Scalar<long>(raw, "SELECT count(*) FROM Members WHERE Status IN ('Active', 'TemporarilyAway', 'Exempt', 'TemporarilyExempt', 'Suspended')");
                check = counted == official + probationary ? " (= counted statuses in Members)" : $" (**Members says {counted:N0}**)";
            }

            if (whatIf)
            {
                whatIfRows.Add((date, date == today, first.Result));
            }

            rows.Add($"| {date:yyyy-MM-dd} | {first.Result.Count} | {official + probationary:N0}{check} ({official:N0} official) | "
                + $"{(coldMs is { } c ? Stats.Ms(c) : "-")} | {Stats.Ms(stats.P50)} | {Stats.Ms(stats.P95)} | {Stats.Ms(stats.Max)} |");
            Console.WriteLine(rows[^1]);
        }

        report.Line();
        report.Line($"## strength: MembershipQueries.StrengthByUnitAsync ({Machine.LoadAverage()} at the end)");
        report.Line();
        report.Line("| as of | units | strength | cold-ish ms | warm p50 ms | warm p95 ms | max ms |");
        report.Line("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            report.Line(row);
        }

        if (statement is not null)
        {
            var plan = Plans.Explain(raw, statement);
            report.Line();
            report.Line("```sql");
            report.Line(statement.Describe());
            report.Line("```");
            report.Line("```");
            foreach (var line in plan.Lines)
            {
                report.Line(line);
            }

            report.Line("```");
        }

        if (whatIf)
        {
            report.Line();
            report.Line($"## strength: candidate rewrites, raw SQL on the same file ({Math.Max(3, runs / 2)} runs each; result compared with the application's)");
            report.Line();
            report.Line("| as of | candidate | result | p50 ms | p95 ms | plan |");
            report.Line("|---|---|---|---:|---:|---|");
            foreach (var (date, isToday, expected) in whatIfRows)
            {
                StrengthWhatIf.Run(report, dbPath, date, isToday, expected, Math.Max(3, runs / 2));
            }

            report.Line();
            report.Line("```sql");
            report.Line(StrengthWhatIf.MemberOrderIndex + ";");
            report.Line();
            report.Line("-- window functions");
            report.Line(StrengthWhatIf.Window);
            report.Line();
            report.Line("-- GROUP BY MemberId (SQLite)");
            report.Line(StrengthWhatIf.GroupByMember);
            report.Line("```");
        }

        report.Line($"- {Machine.LoadAverage()} at the end");
        return 0;
    }

    private static async Task<(double Ms, IReadOnlyDictionary<Guid, Domain.Statistics.StrengthCount> Result)> Run(
        DbContextOptions<PartyMembersDbContext> options, CommandTimer timer, DateOnly date, bool capture)
    {
        await using var db = new PartyMembersDbContext(options);
        timer.Captured.Clear();
        timer.Capture = capture;
        var started = Stopwatch.GetTimestamp();
        var result = await MembershipQueries.StrengthByUnitAsync(db, date);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        timer.Capture = false;
        return (ms, result);
    }

    private static void DropFromPageCache(string dbPath)
    {
        foreach (var file in new[] { dbPath, dbPath + "-wal" }.Where(File.Exists))
        {
            using var dd = Process.Start(new ProcessStartInfo("dd", ["if=" + file, "iflag=nocache", "count=0", "status=none"]) { UseShellExecute = false });
            dd?.WaitForExit();
        }
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PartyMembers.Domain.Statistics;

namespace PartyMembers.Bench;

/// Candidate rewrites of the strength query, run raw on the same database and checked against the application's
/// result (same units, same official/probationary counts). Indexes a candidate needs are created inside a transaction
/// that is rolled back, so the bench database keeps the migrations' schema.
internal static class StrengthWhatIf
{
    private const string Counted = "('Active', 'TemporarilyAway', 'Exempt', 'TemporarilyExempt', 'Suspended')";

    /// One pass over the events up to the date in (MemberId, EffectiveDate, Sequence) order: the latest non-recognition
    /// event per member by ROW_NUMBER, "official by then" by a windowed MAX over all of the member's events up to the date.
    /// Portable (SQLite 3.25+, SQL Server); EF cannot express window functions, so it would go through SqlQuery.
    public const string Window = $"""
        SELECT "UnitId", "Official", COUNT(*) FROM (
            SELECT "UnitId", "Status", "Kind",
                   MAX(CASE WHEN "Type" = 'Official' THEN 1 ELSE 0 END) OVER (PARTITION BY "MemberId") AS "Official",
                   ROW_NUMBER() OVER (PARTITION BY "MemberId"
                       ORDER BY CASE WHEN "Kind" = 'Recognised' THEN 0 ELSE 1 END DESC, "EffectiveDate" DESC, "Sequence" DESC) AS "Rank"
            FROM "MemberEvents" WHERE "EffectiveDate" <= $date)
        WHERE "Rank" = 1 AND "Kind" <> 'Recognised' AND "Status" IN {Counted}
        GROUP BY "UnitId", "Official"
        """;

    /// The same per-member rule as the application's NOT EXISTS, but as a GROUP BY MemberId over an index that is in
    /// member order and carries every column (SQLite's "bare column" of a MAX() aggregate gives the latest row's unit
    /// and status; the other aggregate is a SUM on purpose, since with two MAX() the bare columns could come from
    /// either). SQLite only.
    public const string GroupByMember = $"""
        SELECT "UnitId", "Official", COUNT(*) FROM (
            SELECT "UnitId", "Status",
                   MAX(CASE WHEN "Kind" = 'Recognised' THEN '' ELSE "EffectiveDate" || printf('%010d', "Sequence") END) AS "Latest",
                   SUM(CASE WHEN "Type" = 'Official' THEN 1 ELSE 0 END) > 0 AS "Official"
            FROM "MemberEvents" WHERE "EffectiveDate" <= $date
            GROUP BY "MemberId")
        WHERE "Latest" <> '' AND "Status" IN {Counted}
        GROUP BY "UnitId", "Official"
        """;

    /// For today (no event can be dated in the future) the members' current columns are the state as of the date.
    public const string TodayFromMembers = $"""
        SELECT "HomeUnitId", CASE WHEN "Type" = 'Official' THEN 1 ELSE 0 END, COUNT(*)
        FROM "Members" WHERE "Status" IN {Counted}
        GROUP BY "HomeUnitId", "Type"
        """;

    /// Index for the two event rewrites: member order with every column they read, so neither touches the table.
    public const string MemberOrderIndex = """
        CREATE INDEX "IX_Bench_MemberEvents_MemberId_Covering"
        ON "MemberEvents" ("MemberId", "EffectiveDate", "Sequence", "Kind", "Type", "Status", "UnitId")
        """;

    public static void Run(Report report, string dbPath, DateOnly date, bool isToday, IReadOnlyDictionary<Guid, StrengthCount> expected, int runs)
    {
        using var connection = BenchDb.OpenRaw(dbPath);
        var rows = new List<string>();
        void Try(string name, string sql)
        {
            var (stats, actual, plan) = Time(connection, sql, date, runs);
            var same = Same(expected, actual);
            rows.Add($"| {date:yyyy-MM-dd} | {name} | {(same ? "same" : "**differs**")} | {Stats.Ms(stats.P50)} | {Stats.Ms(stats.P95)} | {string.Join("; ", plan)} |");
        }

        Try("window functions, existing indexes", Window);
        Try("GROUP BY MemberId (SQLite), existing indexes", GroupByMember);
        if (isToday)
        {
            Try("today from Members (existing index HomeUnitId, Status, Type)", TodayFromMembers);
        }

        var pagesBefore = BenchDb.Scalar<long>(connection, "PRAGMA page_count");
        var built = Stopwatch.StartNew();
        BenchDb.Execute(connection, "BEGIN; " + MemberOrderIndex + ";");
        var buildTime = built.Elapsed;
        var added = (BenchDb.Scalar<long>(connection, "PRAGMA page_count") - pagesBefore) * BenchDb.Scalar<long>(connection, "PRAGMA page_size");
        try
        {
            Try($"window functions + member-order covering index (built in {buildTime.TotalSeconds:F0} s, {Machine.Size(added)}, rolled back)", Window);
            Try("GROUP BY MemberId (SQLite) + member-order covering index", GroupByMember);
        }
        finally
        {
            BenchDb.Execute(connection, "ROLLBACK;");
        }

        foreach (var row in rows)
        {
            report.Line(row);
        }
    }

    private static (Stats Stats, Dictionary<Guid, StrengthCount> Result, List<string> Plan) Time(SqliteConnection connection, string sql, DateOnly date, int runs)
    {
        var captured = new CapturedCommand(sql, [new CapturedParameter("$date", null, SqliteType.Text, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
        var plan = Plans.Explain(connection, captured).Lines.Select(l => l.Trim()).ToList();
        var result = Read(connection, captured);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Read(connection, captured);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (new Stats(times), result, plan);
    }

    private static Dictionary<Guid, StrengthCount> Read(SqliteConnection connection, CapturedCommand captured)
    {
        using var command = captured.CreateOn(connection);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<Guid, (int Official, int Probationary)>();
        while (reader.Read())
        {
            var unit = Guid.Parse(reader.GetString(0));
            var official = reader.GetInt64(1) == 1;
            var n = reader.GetInt32(2);
            var (o, p) = counts.GetValueOrDefault(unit);
            counts[unit] = official ? (o + n, p) : (o, p + n);
        }

        return counts.ToDictionary(c => c.Key, c => new StrengthCount(c.Value.Official, c.Value.Probationary));
    }

    private static bool Same(IReadOnlyDictionary<Guid, StrengthCount> expected, Dictionary<Guid, StrengthCount> actual) =>
        expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && a == e.Value);
}

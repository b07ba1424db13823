using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PartyMembers.Domain.Members;

namespace PartyMembers.Bench;

/// Candidate fixes for the search statements that miss the DB goal (with or without planner statistics), measured
/// raw on the same file, each with and without sqlite_stat1:
/// - "Current" as NOT IN the three closed statuses instead of IN the six others: an IN list on Status makes
///   IX_Members_HomeUnitId_Status_Type look like a two-column equality seek, so the planner prefers it to the name
///   index and sorts every member of the unit; a NOT IN cannot seek, so the name index wins;
/// - the unit name taken from memory instead of a join with Units (without statistics the planner drives the join
///   from Units and sorts every member);
/// - unit-first indexes for the name phases that have none (a cell or grassroots user searching by given name or with
///   marks), created inside a transaction that is rolled back, so the database keeps the migrations' schema;
/// - for an empty search, a lower bound on the name (SearchName >= ''), which makes the planner use the unit/name index;
/// - one keyset seek per unit in scope merged by UNION ALL (SQLite cannot merge the ranges of an IN list on an index's
///   first column in the order of its second, so with several units it sorts every matching member of the scope).
internal static partial class SearchWhatIf
{
    public static readonly string[] CandidateIndexes =
    [
        "CREATE INDEX \"IX_Bench_Members_HomeUnitId_SearchGivenName_SearchName_Id\" ON \"Members\" (\"HomeUnitId\", \"SearchGivenName\", \"SearchName\", \"Id\")",
        "CREATE INDEX \"IX_Bench_Members_HomeUnitId_NameKey_Id\" ON \"Members\" (\"HomeUnitId\", \"NameKey\", \"Id\")",
        "CREATE INDEX \"IX_Bench_Members_HomeUnitId_GivenNameKey_NameKey_Id\" ON \"Members\" (\"HomeUnitId\", \"GivenNameKey\", \"NameKey\", \"Id\")",
    ];

    private const string WithoutStats = "DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;";

    public sealed record Candidate(string Label, CapturedCommand Command, Stats AsSent, Stats AsSentWithoutStats);

    private sealed record Variant(int Candidate, string Name, CapturedCommand Command, bool NeedsIndexes);

    public static void Run(Report report, SqliteConnection connection, IReadOnlyList<Candidate> candidates, int iterations)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var variants = new List<Variant>();
        foreach (var (c, k) in candidates.Select((c, k) => (c, k)))
        {
            var notIn = StatusNotIn(c.Command);
            var noJoin = WithoutUnitJoin(c.Command);
            var both = noJoin is null ? null : StatusNotIn(noJoin);
            if (LowerBound(c.Command) is { } bounded)
            {
                variants.Add(new Variant(k, "lower bound SearchName >= ''", bounded, false));
            }

            variants.Add(new Variant(k, "Status NOT IN (closed)", notIn, false));
            if (noJoin is not null && both is not null)
            {
                variants.Add(new Variant(k, "no Units join", noJoin, false));
                variants.Add(new Variant(k, "Status NOT IN + no Units join", both, false));
            }

            variants.Add(new Variant(k, "+ unit-first indexes", c.Command, true));
            variants.Add(new Variant(k, "Status NOT IN + no Units join + unit-first indexes", both ?? notIn, true));
            if (PerUnit(both ?? notIn) is { } perUnit)
            {
                variants.Add(new Variant(k, "Status NOT IN + no Units join + UNION ALL per unit", perUnit, false));
                variants.Add(new Variant(k, "Status NOT IN + no Units join + UNION ALL per unit + unit-first indexes", perUnit, true));
            }
        }

        var results = new Dictionary<Variant, (int Rows, Stats With, string FlagsWith, Stats Without, string FlagsWithout)>();
        void Measure(IEnumerable<Variant> which, bool withStats)
        {
            foreach (var v in which)
            {
                var plan = Plans.Explain(connection, v.Command);
                var (rows, stats) = StatementReport.Replay(connection, v.Command, withStats ? Math.Min(iterations, 50) : 20);
                var flags = plan.Flags.Count == 0 ? "none" : string.Join("; ", plan.Flags.Distinct());
                var old = results.GetValueOrDefault(v);
                results[v] = withStats ? (rows, stats, flags, old.Without, old.FlagsWithout) : (rows, old.With, old.FlagsWith, stats, flags);
                Console.WriteLine($"  what-if {candidates[v.Candidate].Label} / {v.Name} / {(withStats ? "stats" : "no stats")}: {Stats.Ms(stats.P50)} ms");
            }
        }

        var plain = variants.Where(v => !v.NeedsIndexes).ToList();
        var indexed = variants.Where(v => v.NeedsIndexes).ToList();
        Measure(plain, withStats: true);
        BenchDb.Execute(connection, "BEGIN; " + WithoutStats);
        Measure(plain, withStats: false);
        BenchDb.Execute(connection, "ROLLBACK; ANALYZE sqlite_schema;");

        var pagesBefore = BenchDb.Scalar<long>(connection, "PRAGMA page_count");
        var built = Stopwatch.StartNew();
        BenchDb.Execute(connection, "BEGIN; " + string.Join("; ", CandidateIndexes) + "; "
            + string.Join("; ", CandidateIndexes.Select(i => "ANALYZE " + IndexName(i))) + ";");
        var buildTime = built.Elapsed;
        var added = (BenchDb.Scalar<long>(connection, "PRAGMA page_count") - pagesBefore) * BenchDb.Scalar<long>(connection, "PRAGMA page_size");
        try
        {
            Measure(indexed, withStats: true);
            BenchDb.Execute(connection, WithoutStats);
            Measure(indexed, withStats: false);
        }
        finally
        {
            BenchDb.Execute(connection, "ROLLBACK; ANALYZE sqlite_schema;");
        }

        report.Line();
        report.Line($"## search: candidate fixes (raw replay; {Math.Min(iterations, 50)} runs with statistics, up to 20 without; "
            + $"the 3 indexes took {buildTime.TotalSeconds:F0} s to build and analyse and add {Machine.Size(added)} to the file, inside a transaction that was rolled back)");
        report.Line();
        report.Line("| statement | variant | rows | p50 | p95 | flags | without sqlite_stat1: p50 | p95 | flags |");
        report.Line("|---|---|---:|---:|---:|---|---:|---:|---|");
        foreach (var (c, k) in candidates.Select((c, k) => (c, k)))
        {
            report.Line($"| {c.Label} | as sent | | {Stats.Ms(c.AsSent.P50)} | {Stats.Ms(c.AsSent.P95)} | | {Stats.Ms(c.AsSentWithoutStats.P50)} | {Stats.Ms(c.AsSentWithoutStats.P95)} | |");
            foreach (var v in variants.Where(v => v.Candidate == k))
            {
                var r = results[v];
                report.Line($"| | {v.Name} | {r.Rows} | {Stats.Ms(r.With.P50)} | {Stats.Ms(r.With.P95)} | {r.FlagsWith} | {Stats.Ms(r.Without.P50)} | {Stats.Ms(r.Without.P95)} | {r.FlagsWithout} |");
            }
        }

        report.Line();
        report.Line("```sql");
        foreach (var index in CandidateIndexes)
        {
            report.Line(index + ";");
        }

        report.Line();
        report.Line("-- Status NOT IN + no Units join, e.g.:");
        report.Line((variants.FirstOrDefault(v => v.Name == "Status NOT IN + no Units join") ?? variants[0]).Command.Describe());
        if (variants.FirstOrDefault(v => v.Name.Contains("UNION", StringComparison.Ordinal)) is { } example)
        {
            report.Line();
            report.Line("-- UNION ALL per unit, e.g.:");
            report.Line(example.Command.Describe());
        }

        report.Line("```");
    }

    private static string IndexName(string createIndex) => createIndex.Split('"')[1];

    /// An empty search has no range on the name: the planner then prefers the narrower (HomeUnitId, Status, Type) index
    /// and sorts the whole scope, where a range (any name is >= '') lets it read each unit's name range in order and stop
    /// early. Null for a statement that already has a range on SearchName.
    public static CapturedCommand? LowerBound(CapturedCommand command)
    {
        const string Order = "\nORDER BY \"m\".\"SearchName\", \"m\".\"Id\"";
        if (!command.Sql.Contains(Order, StringComparison.Ordinal) || command.Sql.Contains("\"m\".\"SearchName\" LIKE", StringComparison.Ordinal)
            || command.Sql.Contains("\"m\".\"SearchName\" >", StringComparison.Ordinal) || !command.Sql.Contains("\nWHERE ", StringComparison.Ordinal))
        {
            return null;
        }

        return command with { Sql = command.Sql.Replace(Order, " AND \"m\".\"SearchName\" >= ''" + Order, StringComparison.Ordinal) };
    }

    /// The "Current" filter as the complement: NOT IN the statuses it leaves out.
    public static CapturedCommand StatusNotIn(CapturedCommand command)
    {
        var sql = StatusInPattern().Replace(command.Sql, m =>
        {
            var listed = m.Groups[1].Value.Split(',').Select(s => s.Trim().Trim('\'')).ToHashSet(StringComparer.Ordinal);
            var others = Enum.GetNames<ActivityStatus>().Where(n => !listed.Contains(n)).Select(n => "'" + n + "'");
            return "\"m\".\"Status\" NOT IN (" + string.Join(", ", others) + ")";
        });
        return command with { Sql = sql };
    }

    /// The unit name read from memory instead of a join (MemberSearch loads every unit for the scope already); null
    /// for a statement of another shape.
    public static CapturedCommand? WithoutUnitJoin(CapturedCommand command)
    {
        const string Join = "\nINNER JOIN \"Units\" AS \"u\" ON \"m\".\"HomeUnitId\" = \"u\".\"Id\"";
        if (!command.Sql.Contains(Join, StringComparison.Ordinal) || !command.Sql.StartsWith("SELECT \"m\".", StringComparison.Ordinal))
        {
            return null;
        }

        return command with { Sql = command.Sql.Replace(Join, string.Empty, StringComparison.Ordinal).Replace("\"u\".\"Name\"", "'' AS \"Name\"", StringComparison.Ordinal) };
    }

    /// Rewrites "... WHERE m.HomeUnitId IN (@scope1, ...) AND rest ORDER BY o LIMIT @p" into one ordered, limited leg per
    /// distinct unit, merged by UNION ALL under the same ORDER BY and LIMIT; null unless there are several units.
    public static CapturedCommand? PerUnit(CapturedCommand command)
    {
        var match = ShapePattern().Match(command.Sql);
        if (!match.Success)
        {
            return null;
        }

        var scopeNames = ParameterPattern().Matches(match.Groups["in"].Value).Select(m => m.Value).ToList();
        var distinct = command.Parameters.Where(p => scopeNames.Contains(p.Name)).GroupBy(p => p.Value?.ToString()).Select(g => g.First()).ToList();
        if (distinct.Count < 2)
        {
            return null;
        }

        var select = match.Groups["select"].Value;
        var order = match.Groups["order"].Value.Trim();
        var limit = match.Groups["limit"].Value.Trim();
        var legs = distinct.Select(p =>
            $"SELECT * FROM ({select}WHERE \"m\".\"HomeUnitId\" = {p.Name}{match.Groups["rest"].Value}ORDER BY {order}\nLIMIT {limit})");
        var outerOrder = ColumnPrefixPattern().Replace(order, string.Empty);
        var sql = $"SELECT * FROM (\n{string.Join("\nUNION ALL\n", legs)}\n)\nORDER BY {outerOrder}\nLIMIT {limit}";
        var parameters = command.Parameters.Where(p => !scopeNames.Contains(p.Name) || distinct.Contains(p)).ToList();
        return new CapturedCommand(sql, parameters);
    }

    [GeneratedRegex("\"m\"\\.\"Status\" IN \\(([^)@]*)\\)")]
    private static partial Regex StatusInPattern();

    [GeneratedRegex("^(?<select>SELECT .*?)WHERE \"m\".\"HomeUnitId\" IN \\((?<in>[^)]*)\\)(?<rest>.*?)ORDER BY (?<order>.*?)\\nLIMIT (?<limit>@\\w+)\\s*$", RegexOptions.Singleline)]
    private static partial Regex ShapePattern();

    [GeneratedRegex("@\\w+")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("\"\\w+\"\\.")]
    private static partial Regex ColumnPrefixPattern();
}

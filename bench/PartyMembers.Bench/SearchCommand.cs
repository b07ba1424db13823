using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Bench;

/// `search`: the member list as the application runs it. Each measured request gets a new DbContext, CurrentUser and
/// MemberSearch (the page's scoped services) over the bench database, as a signed-in user with a real role assignment,
/// and calls SearchAsync with the page's default filter (status "current", no unit, no type).
///
/// For every user and query: page 1, then pages 2-4 by the keyset cursor the previous page returned; the whole
/// SearchAsync time, the DB part (every reader from execution to disposal, from an EF command interceptor) and the
/// number of commands. Then every SQL statement the search sent is explained (EXPLAIN QUERY PLAN) and replayed on a raw
/// connection, with and without the planner statistics (the application never runs ANALYZE, so a production file
/// has none unless someone runs it).
internal static class SearchCommand
{
    private const int FollowingPages = 3;

    public static async Task<int> RunAsync(BenchArgs args, Report report)
    {
        var dbPath = Path.GetFullPath(args.Required("db"));
        var iterations = args.Int("iterations", 200);
        var warmup = args.Int("warmup", 30);
        var timer = new CommandTimer();
        var options = BenchDb.Options(dbPath, timer);
        var protection = new EphemeralDataProtectionProvider();

        await using var raw = BenchDb.OpenRaw(dbPath);
        var members = BenchDb.Scalar<long>(raw, "SELECT count(*) FROM Members");
        var events = BenchDb.Scalar<long>(raw, "SELECT count(*) FROM MemberEvents");
        var hasStats = BenchDb.Scalar<long>(raw, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") > 0;
        report.Line($"- database: {dbPath}, {Machine.Size(BenchDb.FileSize(dbPath))}, {members:N0} members, {events:N0} events, "
            + $"SQLite {BenchDb.Scalar<string>(raw, "SELECT sqlite_version()")}, sqlite_stat1 {(hasStats ? "present" : "absent")}");
        report.Line($"- {iterations} measured requests per row after {warmup} warm-up requests; times in ms; Status filter = Current (the page default)");

        var users = new List<BenchUser>();
        await using (var db = new PartyMembersDbContext(options))
        {
            foreach (var name in new[] { BenchUsers.Board, BenchUsers.Grassroots, BenchUsers.Cell })
            {
                var user = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => new { u.Id }).SingleAsync();
                var unit = await (from a in db.RoleAssignments.AsNoTracking()
                                  join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                  where a.UserId == user.Id
                                  select new { u.Id, u.Name, a.Role }).SingleAsync();
                var inScope = await ScopeSize(db, unit.Id);
                users.Add(new BenchUser(name, user.Id, unit.Id, $"{unit.Role} at {unit.Name} ({inScope:N0} members)"));
            }
        }

        // A personal ID of a member of the cell user's cell, so that all three users may see it.
        string personalId;
        await using (var db = new PartyMembersDbContext(options))
        {
            personalId = await db.Members.AsNoTracking().Where(m => m.HomeUnitId == users[2].UnitId && m.Status == ActivityStatus.Active)
                .OrderBy(m => m.Id).Select(m => m.PersonalIdNumber).FirstAsync();
        }

        foreach (var user in users)
        {
            report.Line($"- {user.Name}: {user.Description}");
        }

        string?[] queries = ["nguyen", "nguyen thi", "tran van an", "dao", "Đào", personalId, null];

        // One warm-up round over every user and query first, so that the first rows measured do not pay for the JIT
        // and EF's query compilation of shapes met later.
        for (var round = 0; round < 3; round++)
        {
            foreach (var user in users)
            {
                foreach (var query in queries)
                {
                    var first = await Request(options, protection, user, query, null, withPageWork: true);
                    if (first.Next is not null)
                    {
                        await Request(options, protection, user, query, first.Next, withPageWork: false);
                    }
                }
            }
        }

        var results = new List<Row>();
        var statements = new List<(string Label, CapturedCommand Command)>();
        var total = Stopwatch.StartNew();
        foreach (var user in users)
        {
            foreach (var query in queries)
            {
                var label = $"{user.Name} \"{query ?? string.Empty}\"";

                // One pass with capture: the statements of page 1 and of the following pages, and their cursors.
                var cursors = new List<string?> { null };
                var rowsPerPage = new List<int>();
                for (var page = 0; page <= FollowingPages; page++)
                {
                    timer.Captured.Clear();
                    timer.Capture = true;
                    var result = await Request(options, protection, user, query, cursors[page], withPageWork: false);
                    timer.Capture = false;
                    rowsPerPage.Add(result.Rows.Count);
                    statements.AddRange(timer.Captured.Select(c => ($"{label} page {page + 1}", c)));
                    if (result.Next is null || page == FollowingPages)
                    {
                        break;
                    }

                    cursors.Add(result.Next);
                }

                for (var i = 0; i < warmup; i++)
                {
                    await Request(options, protection, user, query, null, withPageWork: true);
                }

                results.Add(await Measure(user, query, "1", rowsPerPage[0], iterations, timer,
                    () => Request(options, protection, user, query, null, withPageWork: false)));
                if (cursors.Count > 1)
                {
                    var following = cursors.Skip(1).ToList();
                    var k = 0;
                    results.Add(await Measure(user, query, $"2-{following.Count + 1}", rowsPerPage.Skip(1).Sum() / following.Count, iterations, timer,
                        () => Request(options, protection, user, query, following[k++ % following.Count], withPageWork: false)));
                }

                results.Add(await Measure(user, query, "1 +page", rowsPerPage[0], iterations, timer,
                    () => Request(options, protection, user, query, null, withPageWork: true)));
                Console.WriteLine($"  {label}: done, {total.Elapsed.TotalSeconds:F0} s");
            }
        }

        report.Line();
        report.Line($"## search: SearchAsync per request ({Machine.LoadAverage()} at the end of the timed runs)");
        report.Line();
        report.Line("\"1 +page\" adds what the list page does besides the search: UnitChoices.WithinScopeAsync (the unit drop-down) and "
            + "CurrentUser.AssignmentsAsync. It leaves out Razor rendering, cookie authentication and the rest of the pipeline.");
        report.Line();
        report.Line("| user | query | page | rows | cmds | total p50 | total p95 | total p99 | DB p50 | DB p95 | DB p99 |");
        report.Line("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            report.Line($"| {r.User} | {(r.Query is null ? "(empty)" : "\"" + r.Query + "\"")} | {r.Page} | {r.Rows} | {r.Commands} | "
                + $"{Stats.Ms(r.Total.P50)} | {Stats.Ms(r.Total.P95)} | {Stats.Ms(r.Total.P99)} | {Stats.Ms(r.Db.P50)} | {Stats.Ms(r.Db.P95)} | {Stats.Ms(r.Db.P99)} |");
        }

        await UnitDropDown(report, options, users, iterations);
        if (args.Flag("timings-only"))
        {
            return 0;
        }

        await using var explainConnection = BenchDb.OpenRaw(dbPath);
        StatementReport.Print(report, explainConnection, statements, iterations);
        return 0;
    }

    /// The list page also builds the unit drop-down (UnitChoices.WithinScopeAsync) on every request; its tree ordering
    /// is timed alone as well, since it is CPU work that grows with the square of the number of units.
    private static async Task UnitDropDown(Report report, DbContextOptions<PartyMembersDbContext> options, List<BenchUser> users, int iterations)
    {
        report.Line();
        report.Line("## search page: the unit drop-down (UnitChoices)");
        report.Line();
        report.Line("| user | what | units listed | p50 | p95 | p99 |");
        report.Line("|---|---|---:|---:|---:|---:|");
        foreach (var user in users)
        {
            var times = new List<double>();
            var listed = 0;
            for (var i = 0; i < iterations + 10; i++)
            {
                await using var db = new PartyMembersDbContext(options);
                var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user.Principal } };
                var currentUser = new CurrentUser(accessor, db, TimeProvider.System);
                var started = Stopwatch.GetTimestamp();
                listed = (await UnitChoices.WithinScopeAsync(new UnitDirectory(db), currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: false)).Count;
                if (i >= 10)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var stats = new Stats(times);
            report.Line($"| {user.Name} | UnitChoices.WithinScopeAsync | {listed} | {Stats.Ms(stats.P50)} | {Stats.Ms(stats.P95)} | {Stats.Ms(stats.P99)} |");
        }

        List<UnitChoice> units;
        await using (var db = new PartyMembersDbContext(options))
        {
            units = await db.Units.AsNoTracking().Select(u => new UnitChoice(u.Id, u.Name, u.Path, u.Depth, u.Type)).ToListAsync();
        }

        var tree = new List<double>();
        for (var i = 0; i < iterations + 10; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = UnitChoices.TreeOrder(units).ToList();
            if (i >= 10)
            {
                tree.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var t = new Stats(tree);
        report.Line($"| (any) | UnitChoices.TreeOrder alone, in memory | {units.Count} | {Stats.Ms(t.P50)} | {Stats.Ms(t.P95)} | {Stats.Ms(t.P99)} |");
    }

    private static async Task<int> ScopeSize(PartyMembersDbContext db, Guid unitId)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
        var units = await db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync();
        return await db.Members.CountAsync(m => units.Contains(m.HomeUnitId));
    }

    /// One request's worth of the list page: new scoped services, the search, and (for "+page") the unit drop-down.
    private static async Task<MemberPage> Request(
        DbContextOptions<PartyMembersDbContext> options, IDataProtectionProvider protection, BenchUser user, string? text, string? cursor,
        bool withPageWork)
    {
        await using var db = new PartyMembersDbContext(options);
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user.Principal } };
        var currentUser = new CurrentUser(accessor, db, TimeProvider.System);
        // One directory per request, shared by the search and the unit list as in the app.
        var directory = new UnitDirectory(db);
        var search = new MemberSearch(db, directory, currentUser, protection);
        if (withPageWork)
        {
            await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: false);
        }

        var result = await search.SearchAsync(new MemberFilter(text, null, null, StatusFilter.Current), cursor);
        if (withPageWork)
        {
            await currentUser.AssignmentsAsync();
        }

        return result;
    }

    private static async Task<Row> Measure(BenchUser user, string? query, string page, int rows, int iterations, CommandTimer timer, Func<Task<MemberPage>> request)
    {
        var totals = new List<double>(iterations);
        var db = new List<double>(iterations);
        var commands = 0;
        for (var i = 0; i < iterations; i++)
        {
            timer.Reset();
            var started = Stopwatch.GetTimestamp();
            await request();
            totals.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            db.Add(timer.DbMilliseconds);
            commands = timer.Commands;
        }

        return new Row(user.Name, query, page, rows, commands, new Stats(totals), new Stats(db));
    }

    private sealed record Row(string User, string? Query, string Page, int Rows, int Commands, Stats Total, Stats Db);
}

internal sealed record BenchUser(string Name, Guid Id, Guid UnitId, string Description)
{
    public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Id.ToString()), new Claim(ClaimTypes.Name, Name)], "bench"));
}

/// Every distinct statement the search sent: its plan with the flags, and its time replayed on a raw connection
/// (the pure DB part: prepare, bind, step through every row), with the planner statistics and without them.
internal static class StatementReport
{
    public static void Print(Report report, SqliteConnection connection, List<(string Label, CapturedCommand Command)> statements, int iterations)
    {
        var distinct = statements.GroupBy(s => s.Command.Describe()).Select(g => (Labels: g.Select(s => s.Label).ToList(), g.First().Command)).ToList();
        var withStats = distinct.Select(d => (d.Labels, d.Command, Plan: Plans.Explain(connection, d.Command), Time: Replay(connection, d.Command, iterations))).ToList();

        // The same statements as a database without sqlite_stat1 would plan them (rolled back afterwards).
        BenchDb.Execute(connection, "BEGIN; DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;");
        var withoutStats = distinct.Select(d => (Plan: Plans.Explain(connection, d.Command), Time: Replay(connection, d.Command, Math.Max(20, iterations / 5)))).ToList();
        BenchDb.Execute(connection, "ROLLBACK; ANALYZE sqlite_schema;");

        report.Line();
        report.Line($"## search: the statements, replayed raw ({iterations} runs each; without statistics {Math.Max(20, iterations / 5)} runs)");
        report.Line();
        report.Line("A slow statement is replayed at least 3 times and for at most 10 s.");
        report.Line();
        report.Line("| # | first sent by | sent by | rows | DB p50 | DB p95 | DB p99 | flags | without sqlite_stat1: p50 / p95, flags |");
        report.Line("|---:|---|---:|---:|---:|---:|---:|---|---|");
        for (var i = 0; i < withStats.Count; i++)
        {
            var (labels, _, plan, time) = withStats[i];
            var (planNo, timeNo) = withoutStats[i];
            var same = plan.Lines.SequenceEqual(planNo.Lines);
            report.Line($"| {i + 1} | {labels[0]} | {labels.Count} | {time.Rows} | {Stats.Ms(time.Stats.P50)} | {Stats.Ms(time.Stats.P95)} | {Stats.Ms(time.Stats.P99)} | "
                + $"{Flags(plan)} | {(same ? "same plan, " : "**other plan**, ")}{Stats.Ms(timeNo.Stats.P50)} / {Stats.Ms(timeNo.Stats.P95)}{(same ? string.Empty : ", " + Flags(planNo))} |");
        }

        // The member statements of first pages that miss 2 ms with or without statistics.
        var candidates = withStats.Select((w, i) => (w, i, without: withoutStats[i]))
            .Where(x => x.w.Command.Sql.Contains("FROM \"Members\"", StringComparison.Ordinal) && x.w.Labels[0].EndsWith("page 1", StringComparison.Ordinal)
                && (x.w.Time.Stats.P50 > 2 || x.without.Time.Stats.P50 > 2))
            .Select(x => new SearchWhatIf.Candidate($"#{x.i + 1} {x.w.Labels[0]}", x.w.Command, x.w.Time.Stats, x.without.Time.Stats))
            .ToList();
        SearchWhatIf.Run(report, connection, candidates, iterations);

        report.Line();
        report.Line("### plans");
        for (var i = 0; i < withStats.Count; i++)
        {
            var (labels, command, plan, _) = withStats[i];
            report.Line();
            report.Line($"#### #{i + 1}: {labels[0]}{(labels.Count > 1 ? $" (and {labels.Count - 1} more)" : string.Empty)}");
            report.Line();
            report.Line("```sql");
            report.Line(command.Describe());
            report.Line("```");
            report.Line("```");
            foreach (var line in plan.Lines)
            {
                report.Line(line);
            }

            if (!withoutStats[i].Plan.Lines.SequenceEqual(plan.Lines))
            {
                report.Line("-- without sqlite_stat1:");
                foreach (var line in withoutStats[i].Plan.Lines)
                {
                    report.Line(line);
                }
            }

            report.Line("```");
        }
    }

    private static string Flags(Plans.Plan plan) => plan.Flags.Count == 0 ? "none" : string.Join("; ", plan.Flags.Select(f => "**" + f + "**"));

    public static (int Rows, Stats Stats) Replay(SqliteConnection connection, CapturedCommand captured, int iterations)
    {
        int rows;
        using (var first = captured.CreateOn(connection))
        {
            rows = BenchDb.Drain(first);
        }

        // A new command each time, as EF makes one per query: the time includes preparing the statement. A slow
        // statement (a bad plan) stops after 3 runs or 10 seconds.
        var times = new List<double>(iterations);
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < iterations && (i < 3 || budget.Elapsed < TimeSpan.FromSeconds(10)); i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var command = captured.CreateOn(connection);
            BenchDb.Drain(command);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (rows, new Stats(times));
    }
}

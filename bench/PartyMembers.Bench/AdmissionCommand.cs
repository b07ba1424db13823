using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Bench;

/// `admission`: the admission lists at province scale. Adds cases made by the domain until the database holds --cases
/// (<see cref="AdmissionFixture"/>), then measures AdmissionQueue.WaitingOnMeAsync and OpenInScopeAsync (page 1 and the
/// following pages by the keyset `after`) for the board, the standing committee, a grassroots secretary and a cell
/// secretary, each request on new scoped services as the pages build them; then explains every statement sent.
internal static class AdmissionCommand
{
    private const int FollowingPages = 3;

    public static async Task<int> RunAsync(BenchArgs args, Report report)
    {
        var dbPath = Path.GetFullPath(args.Required("db"));
        var wanted = args.Int("cases", 40_000);
        var iterations = args.Int("iterations", 100);
        var warmup = args.Int("warmup", 20);
        var timer = new CommandTimer();
        var options = BenchDb.Options(dbPath, timer);

        long existing;
        await using (var raw = BenchDb.OpenRaw(dbPath))
        {
            existing = BenchDb.Scalar<long>(raw, "SELECT count(*) FROM AdmissionCases");
        }

        if (existing < wanted)
        {
            await AdmissionFixture.AddAsync(dbPath, (int)(wanted - existing), args.Int("seed", 20261126), report);
        }

        await BenchUsersForAdmission.EnsureStandingAsync(BenchDb.Options(dbPath));
        await using (var raw = BenchDb.OpenRaw(dbPath))
        {
            report.Line($"- database: {dbPath}, {Machine.Size(BenchDb.FileSize(dbPath))}, {BenchDb.Scalar<long>(raw, "SELECT count(*) FROM Members"):N0} members, "
                + $"{BenchDb.Scalar<long>(raw, "SELECT count(*) FROM AdmissionCases"):N0} admission cases, SQLite {BenchDb.Scalar<string>(raw, "SELECT sqlite_version()")}");
            using var stages = raw.CreateCommand();
            stages.CommandText = "SELECT Stage, count(*) FROM AdmissionCases GROUP BY Stage ORDER BY Stage";
            using var reader = stages.ExecuteReader();
            var parts = new List<string>();
            while (reader.Read())
            {
                parts.Add($"{reader.GetString(0)} {reader.GetInt64(1):N0}");
            }

            report.Line("- cases by stage: " + string.Join(", ", parts));
        }

        report.Line($"- {iterations} measured requests per row after {warmup} warm-up requests; times in ms");
        var users = new List<BenchUser>();
        await using (var db = new PartyMembersDbContext(options))
        {
            foreach (var name in new[] { BenchUsers.Board, BenchUsersForAdmission.Standing, BenchUsers.Grassroots, BenchUsers.Cell })
            {
                var user = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => new { u.Id }).SingleAsync();
                var unit = await (from a in db.RoleAssignments.AsNoTracking()
                                  join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                  where a.UserId == user.Id
                                  select new { u.Id, u.Name, u.Path, a.Role }).SingleAsync();
                var unitIds = await db.Units.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToListAsync();
                var cases = await db.AdmissionCases.CountAsync(c => unitIds.Contains(c.CellId));
                users.Add(new BenchUser(name, user.Id, unit.Id, $"{unit.Role} at {unit.Name} ({cases:N0} cases in scope)"));
            }
        }

        foreach (var user in users)
        {
            report.Line($"- {user.Name}: {user.Description}");
        }

        // Warm-up over every user and list first (JIT, EF query compilation).
        for (var round = 0; round < 3; round++)
        {
            foreach (var user in users)
            {
                await Request(options, user, q => q.WaitingOnMeAsync());
                var first = await Request(options, user, q => q.OpenInScopeAsync());
                if (first.Count > 0)
                {
                    await Request(options, user, q => q.OpenInScopeAsync(after: first[^1].Id));
                }
            }
        }

        var results = new List<Row>();
        var statements = new List<(string Label, CapturedCommand Command)>();
        var total = Stopwatch.StartNew();
        foreach (var user in users)
        {
            // Capture pass: the statements, and the `after` ids of the following pages.
            timer.Captured.Clear();
            timer.Capture = true;
            var waiting = await Request(options, user, q => q.WaitingOnMeAsync());
            timer.Capture = false;
            statements.AddRange(timer.Captured.Select(c => ($"{user.Name} waiting", c)));

            var afters = new List<Guid?> { null };
            var rowsPerPage = new List<int>();
            for (var page = 0; page <= FollowingPages; page++)
            {
                timer.Captured.Clear();
                timer.Capture = true;
                var after = afters[page];
                var rows = await Request(options, user, q => q.OpenInScopeAsync(after: after));
                timer.Capture = false;
                statements.AddRange(timer.Captured.Select(c => ($"{user.Name} open page {page + 1}", c)));
                rowsPerPage.Add(rows.Count);
                if (rows.Count < AdmissionQueue.PageSize || page == FollowingPages)
                {
                    break;
                }

                afters.Add(rows[^1].Id);
            }

            for (var i = 0; i < warmup; i++)
            {
                await Request(options, user, q => q.WaitingOnMeAsync());
                await Request(options, user, q => q.OpenInScopeAsync());
            }

            results.Add(await Measure(user.Name, "WaitingOnMe", "-", waiting.Count, iterations, timer, () => Request(options, user, q => q.WaitingOnMeAsync())));
            results.Add(await Measure(user.Name, "OpenInScope", "1", rowsPerPage[0], iterations, timer, () => Request(options, user, q => q.OpenInScopeAsync())));
            if (afters.Count > 1)
            {
                var following = afters.Skip(1).ToList();
                var k = 0;
                results.Add(await Measure(user.Name, "OpenInScope", $"2-{following.Count + 1}", rowsPerPage.Skip(1).Sum() / following.Count, iterations, timer,
                    () =>
                    {
                        var after = following[k++ % following.Count];
                        return Request(options, user, q => q.OpenInScopeAsync(after: after));
                    }));
            }

            Console.WriteLine($"  {user.Name}: done, {total.Elapsed.TotalSeconds:F0} s");
        }

        report.Line();
        report.Line($"## admission: AdmissionQueue per request ({Machine.LoadAverage()} at the end of the timed runs)");
        report.Line();
        report.Line("Each request: new DbContext, CurrentUser, UnitDirectory, RuleBookProvider, AdmissionAccess and AdmissionQueue. "
            + "\"rows\" = rows returned; \"cmds\" = SQL commands per request; \"DB\" = readers from execution to disposal.");
        report.Line();
        report.Line("| user | list | page | rows | cmds | total p50 | total p95 | total p99 | DB p50 | DB p95 | DB p99 |");
        report.Line("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            report.Line($"| {r.User} | {r.List} | {r.Page} | {r.Rows} | {r.Commands} | "
                + $"{Stats.Ms(r.Total.P50)} | {Stats.Ms(r.Total.P95)} | {Stats.Ms(r.Total.P99)} | {Stats.Ms(r.Db.P50)} | {Stats.Ms(r.Db.P95)} | {Stats.Ms(r.Db.P99)} |");
        }

        await using var explainConnection = BenchDb.OpenRaw(dbPath);
        StatementReport.Print(report, explainConnection, statements, Math.Min(iterations, 50));
        return 0;
    }

    /// One request's worth of an admission list page's scoped services.
    private static async Task<IReadOnlyList<QueueRow>> Request(
        DbContextOptions<PartyMembersDbContext> options, BenchUser user, Func<AdmissionQueue, Task<IReadOnlyList<QueueRow>>> list)
    {
        await using var db = new PartyMembersDbContext(options);
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user.Principal } };
        var currentUser = new CurrentUser(accessor, db, TimeProvider.System);
        var directory = new UnitDirectory(db);
        var access = new AdmissionAccess(db, directory, currentUser, new RuleBookProvider(db), TimeProvider.System);
        return await list(new AdmissionQueue(db, directory, currentUser, access));
    }

    private static async Task<Row> Measure(string user, string list, string page, int rows, int iterations, CommandTimer timer, Func<Task<IReadOnlyList<QueueRow>>> request)
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

        return new Row(user, list, page, rows, commands, new Stats(totals), new Stats(db));
    }

    private sealed record Row(string User, string List, string Page, int Rows, int Commands, Stats Total, Stats Db);
}

/// `generate` makes a board, a grassroots and a cell user; the admission lists also need the standing committee, which
/// decides. Added on the first `admission` run if missing.
internal static class BenchUsersForAdmission
{
    public const string Standing = "bench.standing";

    public static async Task EnsureStandingAsync(DbContextOptions<PartyMembersDbContext> options)
    {
        await using var db = new PartyMembersDbContext(options);
        if (await db.Users.AnyAsync(u => u.UserName == Standing))
        {
            return;
        }

        var top = await db.Units.SingleAsync(u => u.ParentId == null);
        var today = VietnamTime.Today(TimeProvider.System);
        var user = new ApplicationUser
        {
            Id = Ids.New(),
            UserName = Standing,
            NormalizedUserName = Standing.ToUpperInvariant(),
            DisplayName = "Ban Thường vụ (benchmark)",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Users.Add(user);
        db.RoleAssignments.Add(ProvinceTree.Check(RoleAssignment.Grant(user.Id, Role.StandingCommittee, top.Id, top.Type, false, today.AddYears(-1), null, "benchmark")));
        await db.SaveChangesAsync();
    }
}

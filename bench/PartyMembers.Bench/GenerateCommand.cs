using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Bench;

/// `generate`: a migrated SQLite database with a province-scale organisation, N members with about three events each,
/// and three accounts to search as (see <see cref="BenchUsers"/>).
///
/// Members and events go in through raw prepared Microsoft.Data.Sqlite commands (<see cref="RowWriter"/>) in
/// transactions of about 10,000 rows, with the two big tables' secondary indexes dropped during the load and rebuilt
/// from the migrations' own CREATE INDEX statements afterwards, then ANALYZE. The members themselves are made by the
/// domain (Member.Register and the named transitions), so every search key and event is what the application computes.
/// The audit interceptor is bypassed on purpose: it records application writes, and a benchmark fixture is not one.
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(BenchArgs args, Report report)
    {
        var count = args.Int("members", 1_000_000);
        var dbPath = Path.GetFullPath(args.Required("db"));
        var seed = args.Int("seed", 20261125);
        var rowsPerTransaction = args.Int("batch", 10_000);
        Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            File.Delete(file);
        }

        var total = Stopwatch.StartNew();
        var phases = new List<(string Phase, TimeSpan Time)>();
        var today = VietnamTime.Today(TimeProvider.System);
        var nowUtc = DateTime.UtcNow;
        var rng = new Random(seed);
        var tree = new ProvinceTree(rng, today);
        var options = BenchDb.Options(dbPath);

        // 1. Schema from the Sqlite migrations (WAL first, as DatabaseInitialiser does), then the units and accounts through EF.
        var step = Stopwatch.StartNew();
        await using (var db = new PartyMembersDbContext(options))
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
            await db.Database.MigrateAsync();
            db.Units.AddRange(tree.Units.Select(u => u.Unit));
            BenchUsers.Add(db, tree, today, nowUtc);
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
        phases.Add(("migrate, units, accounts (EF)", step.Elapsed));

        // 2. Bulk load.
        step.Restart();
        var samples = new List<Member>();
        long memberRows = 0;
        long eventRows = 0;
        await using var model = new PartyMembersDbContext(options);
        using (var connection = new SqliteConnection(BenchDb.ConnectionString(dbPath)))
        {
            connection.Open();
            BenchDb.Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                + "PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;");
            var indexes = DropIndexes(connection);
            using var members = new RowWriter(connection, model.Model.FindEntityType(typeof(Member))!);
            using var events = new RowWriter(connection, model.Model.FindEntityType(typeof(MemberEvent))!);

            var channel = Channel.CreateBounded<List<Member>>(8);
            var making = TimeSpan.Zero;
            var writing = TimeSpan.Zero;
            var producer = Task.Run(async () =>
            {
                var factory = new MemberFactory(rng, tree, today, nowUtc);
                var batch = new List<Member>(1000);
                for (var i = 0; i < count; i++)
                {
                    var made = Stopwatch.GetTimestamp();
                    batch.Add(factory.Next());
                    making += Stopwatch.GetElapsedTime(made);
                    if (batch.Count == 1000 || i == count - 1)
                    {
                        await channel.Writer.WriteAsync(batch);
                        batch = new List<Member>(1000);
                    }
                }

                channel.Writer.Complete();
            });

            SqliteTransaction? transaction = null;
            var inTransaction = 0;
            var nextProgress = 100_000;
            await foreach (var batch in channel.Reader.ReadAllAsync())
            {
                foreach (var member in batch)
                {
                    if (transaction is null)
                    {
                        transaction = connection.BeginTransaction();
                        members.Transaction = transaction;
                        events.Transaction = transaction;
                    }

                    var written = Stopwatch.GetTimestamp();
                    members.Write(member);
                    foreach (var e in member.NewEvents)
                    {
                        events.Write(e);
                    }

                    writing += Stopwatch.GetElapsedTime(written);

                    memberRows++;
                    eventRows += member.NewEvents.Count;
                    inTransaction += 1 + member.NewEvents.Count;
                    if (memberRows <= 3 || memberRows % 100_000 == 0)
                    {
                        samples.Add(member);
                    }

                    if (inTransaction >= rowsPerTransaction)
                    {
                        transaction.Commit();
                        transaction.Dispose();
                        transaction = null;
                        inTransaction = 0;
                    }
                }

                if (memberRows >= nextProgress)
                {
                    Console.WriteLine($"  {memberRows:N0} members, {eventRows:N0} events, {step.Elapsed.TotalSeconds:F0} s");
                    nextProgress += 100_000;
                }
            }

            transaction?.Commit();
            transaction?.Dispose();
            await producer;
            phases.Add(($"insert {memberRows:N0} members + {eventRows:N0} events (raw, {rowsPerTransaction:N0} rows/txn; making them "
                + $"through the domain took {making.TotalSeconds:F0} s on one thread, writing {writing.TotalSeconds:F0} s on the other)", step.Elapsed));

            step.Restart();
            foreach (var (name, sql) in indexes)
            {
                BenchDb.Execute(connection, sql);
            }

            phases.Add(($"rebuild {indexes.Count} indexes of Members/MemberEvents", step.Elapsed));
            step.Restart();
            BenchDb.Execute(connection, "ANALYZE;");
            phases.Add(("ANALYZE", step.Elapsed));
            step.Restart();
            BenchDb.Execute(connection, "PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL;");
            var check = BenchDb.Scalar<string>(connection, "PRAGMA quick_check;");
            phases.Add(($"journal_mode=WAL, quick_check = {check}", step.Elapsed));
        }

        SqliteConnection.ClearAllPools();
        total.Stop();
        var size = BenchDb.FileSize(dbPath);

        // 3. Read a sample back through EF: it must materialise and carry the domain's keys.
        await Verify(options, samples, report);
        report.Line();
        report.Line($"## generate: {memberRows:N0} members, {eventRows:N0} events ({(double)eventRows / memberRows:F2} per member), {tree.Units.Count} units");
        report.Line();
        report.Line("| phase | time |");
        report.Line("|---|---:|");
        foreach (var (phase, time) in phases)
        {
            report.Line($"| {phase} | {time.TotalSeconds:F1} s |");
        }

        report.Line($"| **total** | **{total.Elapsed.TotalSeconds:F1} s** |");
        report.Line();
        report.Line($"- file: {dbPath}, {Machine.Size(size)} ({size:N0} bytes)");
        report.Line($"- insert rate: {(memberRows + eventRows) / phases[1].Time.TotalSeconds:N0} rows/s; {Machine.LoadAverage()} at the end");
        await Describe(dbPath, report);
        return 0;
    }

    private static List<(string Name, string Sql)> DropIndexes(SqliteConnection connection)
    {
        var indexes = new List<(string, string)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Members', 'MemberEvents') AND sql IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            BenchDb.Execute(connection, $"DROP INDEX \"{name}\";");
        }

        return indexes;
    }

    private static async Task Verify(DbContextOptions<PartyMembersDbContext> options, List<Member> samples, Report report)
    {
        await using var db = new PartyMembersDbContext(options);
        foreach (var expected in samples)
        {
            var actual = await db.Members.AsNoTracking().SingleAsync(m => m.Id == expected.Id);
            var eventCount = await db.MemberEvents.CountAsync(e => e.MemberId == expected.Id);
            var same = actual.FullName == expected.FullName && actual.SearchName == expected.SearchName
                && actual.SearchGivenName == expected.SearchGivenName && actual.NameKey == expected.NameKey
                && actual.GivenNameKey == expected.GivenNameKey && actual.PersonalIdNumber == expected.PersonalIdNumber
                && actual.HomeUnitId == expected.HomeUnitId && actual.Status == expected.Status && actual.Type == expected.Type
                && actual.DateOfBirth == expected.DateOfBirth && actual.LastEventDate == expected.LastEventDate
                && eventCount == expected.EventCount;
            if (!same)
            {
                throw new InvalidOperationException($"Member {expected.Id} ({expected.FullName}) does not read back as written.");
            }
        }

        var byId = await db.Members.AsNoTracking().Where(m => m.PersonalIdNumber == samples[0].PersonalIdNumber).Select(m => m.Id).SingleAsync();
        report.Line($"- verified {samples.Count} sample members read back through EF with the domain's search keys and events "
            + $"(e.g. \"{samples[0].FullName}\" -> SearchName \"{samples[0].SearchName}\", NameKey \"{samples[0].NameKey}\", "
            + $"SearchGivenName \"{samples[0].SearchGivenName}\", GivenNameKey \"{samples[0].GivenNameKey}\"; by personal ID: {byId == samples[0].Id})");
    }

    private static async Task Describe(string dbPath, Report report)
    {
        await using var connection = BenchDb.OpenRaw(dbPath);
        long Count(string sql) => BenchDb.Scalar<long>(connection, sql);
        var members = Count("SELECT count(*) FROM Members");
        report.Line($"- family-name shares: nguyen {100.0 * Count("SELECT count(*) FROM Members WHERE SearchName LIKE 'nguyen %'") / members:F1} %, "
            + $"tran {100.0 * Count("SELECT count(*) FROM Members WHERE SearchName LIKE 'tran %'") / members:F1} %, "
            + $"given name 'dao' {Count("SELECT count(*) FROM Members WHERE SearchGivenName = 'dao'"):N0} members "
            + $"(exactly 'đào': {Count("SELECT count(*) FROM Members WHERE GivenNameKey = 'đào'"):N0})");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, count(*) FROM Members GROUP BY Status ORDER BY 2 DESC";
        using (var reader = command.ExecuteReader())
        {
            var parts = new List<string>();
            while (reader.Read())
            {
                parts.Add($"{reader.GetString(0)} {reader.GetInt64(1):N0}");
            }

            report.Line("- statuses: " + string.Join(", ", parts));
        }

        command.CommandText = "SELECT min(c), max(c), avg(c) FROM (SELECT count(*) AS c FROM Members GROUP BY HomeUnitId)";
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            report.Line($"- members per member-holding unit: min {reader.GetInt64(0):N0}, avg {reader.GetDouble(2):N0}, max {reader.GetInt64(1):N0}");
        }
    }
}

/// The three accounts the search is measured as: the organisation board at the top (no scope filter), the secretary
/// of one grassroots committee (its 10 cells) and the secretary of one cell.
internal static class BenchUsers
{
    public const string Board = "bench.board";
    public const string Grassroots = "bench.grassroots";
    public const string Cell = "bench.cell";

    public static void Add(PartyMembersDbContext db, ProvinceTree tree, DateOnly today, DateTime nowUtc)
    {
        var committees = tree.Units.Where(u => u.Unit.Type == UnitType.GrassrootsCommittee).ToList();
        var grassroots = committees[committees.Count / 2];

        // A cell of typical size in another commune.
        var cells = tree.Cells.Where(c => c.Grassroots is not null && c.Grassroots != grassroots).OrderBy(c => c.Weight).ToList();
        var cell = cells[cells.Count / 2];
        Add(db, Board, "Ban Tổ chức (benchmark)", Role.OrganisationBoard, tree.Top.Unit, today, nowUtc);
        Add(db, Grassroots, "Bí thư Đảng ủy (benchmark)", Role.GrassrootsSecretary, grassroots.Unit, today, nowUtc);
        Add(db, Cell, "Bí thư Chi bộ (benchmark)", Role.CellSecretary, cell.Unit, today, nowUtc);
    }

    private static void Add(PartyMembersDbContext db, string userName, string displayName, Role role, OrganisationUnit unit, DateOnly today, DateTime nowUtc)
    {
        var user = new ApplicationUser
        {
            Id = Ids.New(),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAtUtc = nowUtc,
        };
        db.Users.Add(user);
        db.RoleAssignments.Add(ProvinceTree.Check(RoleAssignment.Grant(user.Id, role, unit.Id, unit.Type, false, today.AddYears(-1), null, "benchmark")));
    }
}

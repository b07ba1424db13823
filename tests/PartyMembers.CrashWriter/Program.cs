using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Testing;

// Usage: PartyMembers.CrashWriter <database file> <unit id> <count> [first personal-ID serial]
// Opens the app's context on the file the way the web host builds it (DependencyInjection.Configure and
// SqliteConnectionString with the default busy timeout, the audit and SQLite pragma interceptors) and adds <count>
// members to the unit in ONE SaveChanges, i.e. one transaction with an audit row per member. Prints "started" when the
// first INSERT reaches SQLite and "done <count>" after the commit. The kill-during-write test kills it in between.
if (args.Length is < 3 or > 4 || !Guid.TryParse(args[1], out var unitId) || !int.TryParse(args[2], out var count))
{
    await Console.Error.WriteLineAsync("Usage: PartyMembers.CrashWriter <database file> <unit id> <count> [first personal-ID serial]");
    return 2;
}

var firstSerial = args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0;

var connectionString = DependencyInjection.SqliteConnectionString($"Data Source={args[0]}", new DatabaseOptions(), AppContext.BaseDirectory);
var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
DependencyInjection.Configure(builder, DatabaseProvider.Sqlite, connectionString);
builder.AddInterceptors(
    new AuditInterceptor(new SystemAuditActor("system:crash-writer"), TimeProvider.System),
    new SqlitePragmaInterceptor(),
    new StartedMarker());
await using var db = new PartyMembersDbContext(builder.Options);

var today = new DateOnly(2026, 6, 15);
for (var i = 0; i < count; i++)
{
    db.Members.Add(new MemberBuilder()
        .Named($"Đảng viên ghi hàng loạt {i}")
        .WithPersonalId(PersonalIds.For(MemberBuilder.DefaultDateOfBirth, Sex.Male, "079", firstSerial + i))
        .WithResumeNumber(null)
        .InUnit(unitId, UnitType.Cell)
        .On(today)
        .Build());
}

db.ChangeReason = "crash-writer bulk write";
db.Database.SetCommandTimeout(600);
await db.SaveChangesAsync();
Console.WriteLine($"done {count}");
return 0;

/// Prints "started" once, when the first INSERT of the SaveChanges is sent.
internal sealed class StartedMarker : DbCommandInterceptor
{
    private int _printed;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Mark(DbCommand command)
    {
        if (command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase) && Interlocked.Exchange(ref _printed, 1) == 0)
        {
            Console.WriteLine("started");
            Console.Out.Flush();
        }
    }
}

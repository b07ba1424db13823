using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Seeding;

/// Fills an empty database with a realistic, repeatable demo organisation: the units of a provincial "Đảng bộ các cơ
/// quan Đảng tỉnh", about 600 members with their histories, and one account per role. Everything goes through the
/// domain's factories and named transitions, so the demo never holds a state the application could not have reached;
/// any rule it breaks stops the seeding at once.
public sealed class DemoDataSeeder(
    PartyMembersDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    /// Members per save: the audit interceptor writes a row per member and event, and a smaller change tracker keeps
    /// change detection cheap.
    public const int BatchSize = 200;

    private static readonly DateOnly AssignmentsFrom = DemoDataGenerator.EstablishedOn;

    public async Task<DemoSeedResult> SeedAsync(DemoSeedOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.Password);
        var started = Stopwatch.GetTimestamp();

        // One transaction, so that a failure leaves the database empty and the next start tries again instead of
        // finding half an organisation and skipping. The execution strategy (SQL Server retries) must own it.
        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        return await strategy.ExecuteAsync(async token =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            if (await db.Units.AnyAsync(token))
            {
                logger.LogInformation("Demo data not seeded: the database already has an organisation");
                return new DemoSeedResult(false, 0, 0, 0, Stopwatch.GetElapsedTime(started));
            }

            var previousReason = db.ChangeReason;
            db.ChangeReason = DemoDataGenerator.RecordedBy;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await SeedEmptyAsync(options, started, token);
                await transaction.CommitAsync(token);
                return result;
            }
            finally
            {
                db.ChangeReason = previousReason;
            }
        }, ct);
    }

    private async Task<DemoSeedResult> SeedEmptyAsync(DemoSeedOptions options, long started, CancellationToken ct)
    {
        var generator = new DemoDataGenerator(options, clock.GetUtcNow().UtcDateTime);
        generator.Generate();

        db.Units.AddRange(generator.Units.Select(u => u.Unit));
        await db.SaveChangesAsync(ct);

        foreach (var batch in generator.Members.Chunk(BatchSize))
        {
            db.Members.AddRange(batch.Select(m => m.Member));
            db.LawfulBasisRecords.AddRange(batch.Select(m => DemoPrivacy.Basis(m.Member, options.Today, clock.GetUtcNow().UtcDateTime)));
            await db.SaveChangesAsync(ct);

            // Saved members need no tracking; keeping them would make every later save scan them again.
            db.ChangeTracker.Clear();
        }

        db.AdmissionCases.AddRange(DemoAdmissions.Create(generator, options.Today, clock.GetUtcNow().UtcDateTime));
        db.Meetings.AddRange(DemoMeetings.Create(generator, options.Today, clock.GetUtcNow().UtcDateTime));
        db.TransferCases.AddRange(DemoTransfers.Create(generator, options.Today, clock.GetUtcNow().UtcDateTime));
        DemoFees.Add(db, generator, options.Today, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await DemoWorkLife.SeedAsync(db, generator, options.Today, clock.GetUtcNow().UtcDateTime, ct);

        var accounts = Accounts(generator);
        foreach (var account in accounts)
        {
            await CreateAccountAsync(account, options.Password, generator, ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var elapsed = Stopwatch.GetElapsedTime(started);
        var statuses = generator.Members
            .GroupBy(m => (m.Member.Status, m.Member.Type))
            .OrderBy(g => g.Key.Status).ThenBy(g => g.Key.Type)
            .Select(g => $"{g.Key.Status}/{g.Key.Type}={g.Count()}");
        logger.LogInformation(
            "Demo data seeded: {Units} units, {Members} members ({Statuses}), {Users} accounts in {ElapsedMs} ms",
            generator.Units.Count, generator.Members.Count, string.Join(", ", statuses), accounts.Count, (long)elapsed.TotalMilliseconds);
        return new DemoSeedResult(true, generator.Units.Count, generator.Members.Count, accounts.Count, elapsed);
    }

    private sealed record AccountPlan(string UserName, string DisplayName, (Role Role, string UnitCode, string Note)[] Assignments);

    private static List<AccountPlan> Accounts(DemoDataGenerator generator)
    {
        var top = DemoUnits.TopUnitCode;
        return
        [
            new(DemoAccounts.Admin, "Quản trị hệ thống", [(Role.Administrator, top, "Quản trị hệ thống")]),
            new(DemoAccounts.Board, "Phan Thị Thu Hương", [(Role.OrganisationBoard, top, "Trưởng Ban Tổ chức Đảng ủy")]),
            new(DemoAccounts.Standing, "Nguyễn Hữu Thắng", [(Role.StandingCommittee, top, "Phó Bí thư Thường trực Đảng ủy")]),
            new(DemoAccounts.Inspection, "Lê Văn Cường", [(Role.InspectionCommittee, top, "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy")]),
            new(DemoAccounts.GrassrootsVanPhong, generator.SecretaryOf(DemoUnits.VanPhongHanhChinhCellCode),
            [
                (Role.GrassrootsSecretary, DemoUnits.VanPhongCommitteeCode, "Bí thư " + DemoDataGenerator.CommitteeName(DemoUnits.VanPhongCommittee)),
                (Role.CellSecretary, DemoUnits.VanPhongHanhChinhCellCode, "Bí thư " + DemoUnits.VanPhongHanhChinhCell),
            ]),
            new(DemoAccounts.CellTongHop, generator.SecretaryOf(DemoUnits.TongHopCellCode),
                [(Role.CellSecretary, DemoUnits.TongHopCellCode, "Bí thư " + DemoUnits.TongHopCell)]),
            new(DemoAccounts.CellToChuc, generator.SecretaryOf(DemoUnits.ToChucGrassrootsCellCode),
            [
                (Role.CellSecretary, DemoUnits.ToChucGrassrootsCellCode, "Bí thư " + DemoUnits.ToChucGrassrootsCell),
                (Role.GrassrootsSecretary, DemoUnits.ToChucGrassrootsCellCode, "Bí thư " + DemoUnits.ToChucGrassrootsCell + " (chi bộ cơ sở)"),
            ]),
            new(DemoAccounts.CellBaoChi, generator.SecretaryOf(DemoUnits.ThoiSuCellCode),
                [(Role.CellSecretary, DemoUnits.ThoiSuCellCode, "Bí thư " + DemoUnits.ThoiSuCell)]),
        ];
    }

    private async Task CreateAccountAsync(AccountPlan account, string password, DemoDataGenerator generator, CancellationToken ct)
    {
        var user = new ApplicationUser
        {
            Id = Ids.New(),
            UserName = account.UserName,
            Email = DemoAccounts.EmailOf(account.UserName),
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The store saves the user itself (inside the open transaction).
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo data: could not create account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Code + ": " + e.Description))}");
        }

        foreach (var (role, unitCode, note) in account.Assignments)
        {
            var unit = generator.Unit(unitCode).Unit;
            var granted = RoleAssignment.Grant(user.Id, role, unit.Id, unit.Type, unit.IsDissolved, AssignmentsFrom, null, note);
            if (!granted.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo data: could not grant {role} on {unitCode} to {account.UserName}: {string.Join("; ", granted.Errors)}");
            }

            db.RoleAssignments.Add(granted.Value!);
        }

        ct.ThrowIfCancellationRequested();
    }
}

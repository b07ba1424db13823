using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web;

/// Commands run from the shell instead of starting the web server (docs/deployment.md):
///   create-admin --user NAME --display-name "FULL NAME"   (password from PARTYMEMBERS_ADMIN_PASSWORD or standard input)
///   backup                                                 (Commands.Backup.cs)
/// Production has no default account: the first administrator is made this way.
public static partial class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length > 0 && args[0] == AuditCommands.VerifyAudit)
        {
            Environment.ExitCode = await AuditCommands.VerifyAsync(app);
            return true;
        }

        if (args.Length > 0 && args[0] == "backup")
        {
            return await RunBackupAsync(app);
        }

        if (args.Length == 0 || args[0] != "create-admin")
        {
            return false;
        }

        Environment.ExitCode = await CreateAdminAsync(app, args);
        return true;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var userName = Option(args, "--user");
        var displayName = Option(args, "--display-name") ?? userName;
        if (string.IsNullOrWhiteSpace(userName))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --user NAME [--display-name \"FULL NAME\"] (password from PARTYMEMBERS_ADMIN_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("PARTYMEMBERS_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Out.WriteAsync("Password: ");
            password = await Console.In.ReadLineAsync();
        }

        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PartyMembersDbContext>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = VietnamTime.Today(clock);

        var top = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.EstablishedOn).FirstOrDefaultAsync();
        if (top is null)
        {
            var name = app.Configuration[$"{OrganisationOptions.Section}:{nameof(OrganisationOptions.TopUnitName)}"] ?? new OrganisationOptions().TopUnitName;
            var created = OrganisationUnit.CreateRoot(UnitType.UpperCommittee, name, null, today, null, today);
            top = created.Value ?? throw new InvalidOperationException(string.Join(", ", created.Errors));
            db.Units.Add(top);
        }

        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = displayName!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ChangeReason = "create-admin command";
        await db.SaveChangesAsync();
        var result = await users.CreateAsync(user, password ?? string.Empty);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Cannot create the account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        var grant = RoleAssignment.Grant(user.Id, Role.Administrator, top.Id, top.Type, false, today, null, "create-admin");
        db.RoleAssignments.Add(grant.Value ?? throw new InvalidOperationException(string.Join(", ", grant.Errors)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await Console.Out.WriteLineAsync($"Administrator '{userName}' created for '{top.Name}'.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Persistence.Backups;

namespace PartyMembers.Web;

/// `dotnet PartyMembers.Web.dll backup`: one online copy of the SQLite database into Backups:Folder, checked with
/// PRAGMA integrity_check, keeping the newest Backups:Keep (docs/deployment.md "Backups and restore"). Exit code 0 when
/// the copy was made and passed its check, 1 otherwise. It does not migrate: a backup taken before an upgrade must be
/// the database as it was.
public static partial class Commands
{
    private static async Task<bool> RunBackupAsync(WebApplication app)
    {
        Environment.ExitCode = await BackupAsync(app);
        return true;
    }

    private static async Task<int> BackupAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var backups = scope.ServiceProvider.GetRequiredService<SqliteBackupService>();
        if (!backups.IsSupported)
        {
            await Console.Error.WriteLineAsync("The database is SQL Server: use its native backups (docs/deployment.md, \"Backups and restore\").");
            return 1;
        }

        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"No database at {source}: nothing to back up.");
            return 1;
        }

        var result = await backups.CreateAsync("command");
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Backup failed: integrity check said '{result.IntegrityCheck}'. No copy was kept.");
            return 1;
        }

        await Console.Out.WriteLineAsync(
            $"Backup {Path.Combine(backups.Folder, result.FileName!)}: {result.SizeBytes} bytes in {result.Duration.TotalSeconds:0.0} s, integrity {result.IntegrityCheck}; {result.Deleted.Count} older copies deleted (keeping {backups.Keep}).");
        return 0;
    }
}

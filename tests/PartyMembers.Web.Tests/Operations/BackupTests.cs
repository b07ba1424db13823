using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Operations;

/// One seeded application for the backup tests; they make files in its own backup folder, so they share no state with
/// the other collections.
public sealed class BackupAppFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// Backups (docs/deployment.md "Backups and restore"): the administrator's page, the shell command, and a restore
/// that starts a new application on a copy of a backup and finds the data in it.
public sealed partial class BackupTests(BackupAppFixture app) : IClassFixture<BackupAppFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pm-backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_administrator_makes_a_backup_from_the_page_and_sees_it_listed_with_its_check_but_no_download()
    {
        var admin = new AppClient(app.Factory);
        await admin.SignInAsync(DemoAccounts.Admin, AppFactory.Password);

        var response = await admin.SubmitAsync("/Admin/Backups", "[data-testid=backup-now-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Backups", response.Headers.Location?.OriginalString);
        var (page, document) = await admin.GetPageAsync("/Admin/Backups");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("kiểm tra toàn vẹn đạt", document.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("[data-testid=backup-row]");
        Assert.NotEmpty(rows);
        var newest = rows[0];
        var file = newest.GetAttribute("data-file")!;
        Assert.Matches(FileName(), file);
        Assert.True(File.Exists(Path.Combine(app.Factory.BackupFolder, file)));
        Assert.NotNull(newest.QuerySelector("[data-testid=integrity-ok]"));
        Assert.Matches(DateTimeShown(), newest.QuerySelector("td")!.TextContent.Trim());

        // The copy holds every member's record: nothing on the page leads to it.
        Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains(".db", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("backups", StringComparison.OrdinalIgnoreCase)
            && a.GetAttribute("href") != "/Admin/Backups");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Backups/" + file)).StatusCode);
    }

    [Fact]
    public async Task A_restored_backup_starts_a_new_application_that_shows_the_data_saved_before_the_backup()
    {
        var name = "Chi bộ Khôi phục " + Guid.NewGuid().ToString("N")[..6];
        await app.Factory.WithDbAsync(async db =>
        {
            var top = await db.Units.SingleAsync(u => u.ParentId == null);
            var today = VietnamTime.Today(TimeProvider.System);
            var unit = top.CreateChild(UnitType.GrassrootsCell, name, null, today.AddYears(-1), null, today);
            Assert.True(unit.Succeeded, string.Join("; ", unit.Errors));
            db.Units.Add(unit.Value!);
            db.ChangeReason = "restore test";
            return await db.SaveChangesAsync();
        });

        var admin = new AppClient(app.Factory);
        await admin.SignInAsync(DemoAccounts.Admin, AppFactory.Password);
        var made = await admin.SubmitAsync("/Admin/Backups", "[data-testid=backup-now-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var backup = Directory.EnumerateFiles(app.Factory.BackupFolder, "partymembers-*.db").Order(StringComparer.Ordinal).Last();

        // The restore of docs/deployment.md: the backup copied over the database file, no -wal/-shm beside it.
        Directory.CreateDirectory(_folder);
        var restored = Path.Combine(_folder, "restored.db");
        File.Copy(backup, restored);
        Assert.False(File.Exists(restored + "-wal"));

        using var second = new AppFactory { ExistingDatabase = restored };
        var client = new AppClient(second);
        await client.SignInAsync(DemoAccounts.Admin, AppFactory.Password);
        var (response, document) = await client.GetPageAsync("/Admin/Units");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(name, document.QuerySelector("[data-testid=unit-tree]")!.TextContent, StringComparison.Ordinal);

        // The demo data came with the backup, not from a new seeding.
        var members = await second.WithDbAsync(db => db.Members.CountAsync());
        Assert.Equal(await app.Factory.WithDbAsync(db => db.Members.CountAsync()), members);
    }

    [Fact]
    public async Task The_backup_command_copies_the_running_applications_database_and_exits_0()
    {
        var folder = Path.Combine(_folder, "cmd-backups");
        var (exitCode, output) = await RunBackupCommandAsync(app.Factory.DatabasePath, folder);

        Assert.True(exitCode == 0, output);
        Assert.Contains("integrity ok", output, StringComparison.Ordinal);
        var file = Assert.Single(Directory.EnumerateFiles(folder, "*.db"));
        Assert.Matches(FileName(), Path.GetFileName(file));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task The_backup_command_exits_1_when_there_is_no_database()
    {
        var folder = Path.Combine(_folder, "none-backups");
        var missing = Path.Combine(_folder, "missing.db");

        var (exitCode, output) = await RunBackupCommandAsync(missing, folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("nothing to back up", output, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    private async Task<(int ExitCode, string Output)> RunBackupCommandAsync(string database, string backups)
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("backup");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        start.Environment["Backups__Folder"] = backups;
        start.Environment["Logging__File__Path"] = Path.Combine(_folder, "logs", "cmd-.log");
        start.Environment["Logging__MinimumLevel"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left to the system's temp clean-up if a file is still open.
        }
    }

    [GeneratedRegex(@"^partymembers-\d{8}-\d{6}(-\d+)?\.db$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")]
    private static partial Regex DateTimeShown();
}

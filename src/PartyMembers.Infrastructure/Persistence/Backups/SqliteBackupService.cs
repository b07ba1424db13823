using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PartyMembers.Infrastructure.Persistence.Backups;

/// Online, consistent copies of the SQLite database (docs/database.md "Backups"). VACUUM INTO writes a compacted
/// snapshot of one read transaction while the app keeps serving, into "partymembers-yyyyMMdd-HHmmss.db.tmp"; the copy
/// must pass PRAGMA integrity_check before it is renamed to ".db"; then only the newest <see cref="BackupOptions.Keep"/>
/// copies are kept. On SQL Server nothing is copied: backups are the DBA's native backups.
public sealed class SqliteBackupService(
    PartyMembersDbContext db,
    DatabaseOptions database,
    ResolvedBackupOptions options,
    TimeProvider clock,
    ILogger<SqliteBackupService> logger)
{
    public const string Prefix = "partymembers-";
    public const string Extension = ".db";
    public const string TempExtension = ".db.tmp";
    public const string CheckExtension = ".check";

    // One backup at a time in this process: two clicks on the button must not write the same file.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public bool IsSupported => database.Provider == DatabaseProvider.Sqlite;

    public string Folder => options.Folder;

    public int Keep => options.Keep;

    /// The copies in the folder, newest first.
    public IReadOnlyList<BackupFile> List()
    {
        if (!IsSupported || !Directory.Exists(options.Folder))
        {
            return [];
        }

        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(options.Folder, Prefix + "*" + Extension))
        {
            var name = Path.GetFileName(path);
            if (!TryParseTime(name, out var taken))
            {
                continue;
            }

            var checkPath = path + CheckExtension;
            var check = File.Exists(checkPath) ? File.ReadAllText(checkPath).Trim() : null;
            files.Add(new BackupFile(name, taken, new FileInfo(path).Length, check));
        }

        // Newest first; two copies of the same second are told apart by their "-2", "-3" suffix.
        return files.OrderByDescending(f => f.TakenAtUtc).ThenByDescending(f => Sequence(f.Name)).ToList();
    }

    /// Makes a copy now. <paramref name="actor"/> names who asked, for the log line (a user id or "command"; never a
    /// person's name).
    public async Task<BackupResult> CreateAsync(string actor, CancellationToken cancellationToken = default)
    {
        if (!IsSupported)
        {
            logger.LogInformation("Backup asked by {Actor}: the database is SQL Server, whose backups are the DBA's native backups", actor);
            return new BackupResult(false, null, 0, TimeSpan.Zero, string.Empty, []) { NotSupported = true };
        }

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await CreateLockedAsync(actor, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<BackupResult> CreateLockedAsync(string actor, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(options.Folder);
        var baseName = UniqueBaseName(clock.GetUtcNow().UtcDateTime);
        var temp = Path.Combine(options.Folder, baseName + TempExtension);
        var final = Path.Combine(options.Folder, baseName + Extension);

        string check;
        try
        {
            await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
            {
                await source.OpenAsync(cancellationToken);
                await using var command = source.CreateCommand();

                // The copy is flushed to disk before VACUUM INTO returns when the connection is at synchronous=FULL.
                command.CommandText = "PRAGMA synchronous=FULL;";
                await command.ExecuteNonQueryAsync(cancellationToken);
                command.CommandText = "VACUUM INTO @path;";
                command.Parameters.AddWithValue("@path", temp);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            check = await IntegrityCheckAsync(temp, cancellationToken);
        }
        catch (SqliteException exception)
        {
            TryDelete(temp);
            logger.LogError(exception, "Backup asked by {Actor} failed: SQLite error {Code}", actor, exception.SqliteErrorCode);
            return new BackupResult(false, null, 0, watch.Elapsed, "error " + exception.SqliteErrorCode.ToString(CultureInfo.InvariantCulture), []);
        }

        if (check != "ok")
        {
            TryDelete(temp);
            logger.LogError("Backup asked by {Actor} failed its integrity check; the copy was deleted", actor);
            return new BackupResult(false, null, 0, watch.Elapsed, check, []);
        }

        File.Move(temp, final);
        await File.WriteAllTextAsync(final + CheckExtension, check, cancellationToken);
        var size = new FileInfo(final).Length;
        var deleted = ApplyRetention();
        watch.Stop();
        logger.LogInformation(
            "Backup {File} made for {Actor}: {Size} bytes in {Elapsed} ms, integrity {Check}, {Deleted} older copies deleted",
            Path.GetFileName(final), actor, size, watch.ElapsedMilliseconds, check, deleted.Count);
        return new BackupResult(true, Path.GetFileName(final), size, watch.Elapsed, check, deleted);
    }

    /// PRAGMA integrity_check on a file, read-only and outside the pool: "ok", or the problems it lists (or the error
    /// SQLite gave when the file is too damaged to be checked).
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunIntegrityCheckAsync(path, cancellationToken);
        }
        catch (SqliteException exception)
        {
            return "error " + exception.SqliteErrorCode.ToString(CultureInfo.InvariantCulture) + ": " + exception.Message;
        }
    }

    private static async Task<string> RunIntegrityCheckAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
        }

        return string.Join("; ", lines);
    }

    /// Deletes all but the newest <see cref="BackupOptions.Keep"/> copies (and their check records); returns the names deleted.
    private List<string> ApplyRetention()
    {
        var deleted = new List<string>();
        foreach (var old in List().Skip(Math.Max(options.Keep, 1)))
        {
            var path = Path.Combine(options.Folder, old.Name);
            TryDelete(path);
            TryDelete(path + CheckExtension);
            deleted.Add(old.Name);
        }

        return deleted;
    }

    private string UniqueBaseName(DateTime utc)
    {
        var stamp = Prefix + utc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; File.Exists(Path.Combine(options.Folder, name + Extension)) || File.Exists(Path.Combine(options.Folder, name + TempExtension)); n++)
        {
            name = stamp + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static int Sequence(string name)
    {
        var stem = name[(Prefix.Length + 15)..^Extension.Length];
        return stem.StartsWith('-') && int.TryParse(stem[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
    }

    private static bool TryParseTime(string name, out DateTime utc)
    {
        utc = default;
        if (name.Length < Prefix.Length + 15 + Extension.Length)
        {
            return false;
        }

        var stamp = name.Substring(Prefix.Length, 15);
        if (!DateTime.TryParseExact(stamp, "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <see cref="BackupOptions"/> with the folder made absolute against the content root.
public sealed record ResolvedBackupOptions(string Folder, int Keep);

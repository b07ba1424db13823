namespace PartyMembers.Infrastructure.Persistence.Backups;

/// The "Backups" configuration section (docs/database.md, docs/deployment.md).
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// Where the copies are written; a relative path is taken from the application's content root. Keep it outside
    /// the web root and on a disk that is itself backed up off the machine.
    public string Folder { get; set; } = "App_Data/backups";

    /// How many copies are kept; older ones are deleted after each successful backup.
    public int Keep { get; set; } = 14;
}

/// One copy in the backup folder. <see cref="IntegrityCheck"/> is what PRAGMA integrity_check said of the copy when it
/// was made ("ok"), or null when no record of the check was found.
public sealed record BackupFile(string Name, DateTime TakenAtUtc, long SizeBytes, string? IntegrityCheck);

/// The outcome of one backup. <see cref="Succeeded"/> only when the copy passed its integrity check and was kept.
public sealed record BackupResult(
    bool Succeeded,
    string? FileName,
    long SizeBytes,
    TimeSpan Duration,
    string IntegrityCheck,
    IReadOnlyList<string> Deleted)
{
    /// The database is SQL Server: its backups are the DBA's native backups (docs/deployment.md).
    public bool NotSupported { get; init; }
}

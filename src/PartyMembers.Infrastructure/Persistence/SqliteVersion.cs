namespace PartyMembers.Infrastructure.Persistence;

/// The SQLite library the app runs on must carry the fix of the WAL-reset bug that could corrupt a database when
/// several connections write and checkpoint at once (fixed in 3.51.3; docs/database.md). The bundled library
/// (SQLitePCLRaw e_sqlite3) is checked at start-up; an older one is refused.
public static class SqliteVersion
{
    public static readonly Version Minimum = new(3, 51, 3);

    /// True when <paramref name="version"/> (as sqlite_version() prints it, e.g. "3.53.3") is at least <see cref="Minimum"/>.
    public static bool IsSupported(string version) =>
        Version.TryParse(version, out var parsed) && Normalise(parsed) >= Minimum;

    public static void EnsureSupported(string version)
    {
        if (!IsSupported(version))
        {
            throw new InvalidOperationException(
                $"SQLite {version} is older than {Minimum}, which fixes a WAL bug that can corrupt the database. Update the SQLitePCLRaw packages (docs/database.md).");
        }
    }

    private static Version Normalise(Version version) =>
        new(version.Major, version.Minor, Math.Max(version.Build, 0));
}

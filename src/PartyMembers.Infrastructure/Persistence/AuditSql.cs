namespace PartyMembers.Infrastructure.Persistence;

/// Hand-written SQL of the audit (ADR 0015). Migrations call these constants (the generated migration files are
/// regenerated at merges; the calls are pasted back, see docs/database.md), and the interceptor and the verifier read
/// the chain head with them.
public static class AuditSql
{
    public const string SqliteNoUpdateTrigger = "AuditEntries_NoUpdate";
    public const string SqliteNoDeleteTrigger = "AuditEntries_NoDelete";
    public const string SqlServerTrigger = "AuditEntries_AppendOnly";
    public const string RefusalMessage = "Audit entries are append-only.";

    /// Rows written before the chain existed take their id as sequence and an empty hash (the verifier counts them as
    /// "before the chain"); runs before the unique index on Sequence is created.
    public const string BackfillSequence = "UPDATE AuditEntries SET Sequence = Id WHERE Sequence = 0;";

    public const string SqliteTriggers =
        "CREATE TRIGGER IF NOT EXISTS \"" + SqliteNoUpdateTrigger + "\" BEFORE UPDATE ON \"AuditEntries\"\n" +
        "BEGIN SELECT RAISE(ABORT, '" + RefusalMessage + "'); END;\n" +
        "CREATE TRIGGER IF NOT EXISTS \"" + SqliteNoDeleteTrigger + "\" BEFORE DELETE ON \"AuditEntries\"\n" +
        "BEGIN SELECT RAISE(ABORT, '" + RefusalMessage + "'); END;";

    public const string SqliteDropTriggers =
        "DROP TRIGGER IF EXISTS \"" + SqliteNoUpdateTrigger + "\";\nDROP TRIGGER IF EXISTS \"" + SqliteNoDeleteTrigger + "\";";

    /// CREATE TRIGGER must be alone in its batch: the migration passes it as its own Sql() call.
    public const string SqlServerTriggers =
        "CREATE TRIGGER [dbo].[" + SqlServerTrigger + "] ON [dbo].[AuditEntries] INSTEAD OF UPDATE, DELETE AS\n" +
        "BEGIN\n" +
        "    SET NOCOUNT ON;\n" +
        "    THROW 51000, '" + RefusalMessage + "', 1;\n" +
        "END";

    public const string SqlServerDropTriggers = "DROP TRIGGER IF EXISTS [dbo].[" + SqlServerTrigger + "];";

    /// Reads the head of the chain inside the write transaction. SQLite: the transaction was begun IMMEDIATE (the
    /// Microsoft.Data.Sqlite default), so it already holds the file's write lock. SQL Server: UPDLOCK + HOLDLOCK keep
    /// the last key and the range after it locked until commit, so a second writer waits here.
    public const string SqliteHead = "SELECT \"Sequence\", \"Hash\" FROM \"AuditEntries\" ORDER BY \"Sequence\" DESC LIMIT 1;";

    public const string SqlServerHead = "SELECT TOP(1) [Sequence], [Hash] FROM [dbo].[AuditEntries] WITH (UPDLOCK, HOLDLOCK) ORDER BY [Sequence] DESC;";

    /// Run once by the database owner after the migrations (docs/database.md): the application's login may insert and
    /// read audit rows, never change or remove them, even if the trigger were dropped.
    public const string SqlServerDenyScript =
        "DENY UPDATE, DELETE ON [dbo].[AuditEntries] TO [partymembers_app];\n" +
        "DENY ALTER ON [dbo].[AuditEntries] TO [partymembers_app];";
}

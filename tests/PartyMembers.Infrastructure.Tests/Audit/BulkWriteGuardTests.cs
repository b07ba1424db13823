using System.Text.RegularExpressions;

namespace PartyMembers.Infrastructure.Tests.Audit;

/// Bulk writes bypass change tracking and therefore the audit interceptor. Today src/ has none; a file that adds one
/// must also write its audit rows through AuditBulk (docs/security.md, "Audit and logs").
public partial class BulkWriteGuardTests
{
    [GeneratedRegex(@"\.(ExecuteUpdate|ExecuteDelete)(Async)?\s*\(|ExecuteSql(Raw|Interpolated)?(Async)?\s*\([^;]*\b(INSERT|UPDATE|DELETE)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BulkWrite();

    /// The session store updates only `UserSessions` rows (last seen, ended with its reason), which the audit leaves out on
    /// purpose: they hold sign-in tickets, and each row is itself the record of a sign-in and its end (docs/security.md).
    /// An administrator ending someone's sessions writes its own audit row with the reason.
    private static readonly HashSet<string> SessionStore = new(StringComparer.Ordinal) { "SessionTicketStore.cs", "SessionRevocation.cs" };

    [Fact]
    public void The_session_store_writes_nothing_but_sessions_in_bulk()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PartyMembers.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("PartyMembers.sln not found above the test folder.");
        }

        foreach (var name in SessionStore)
        {
            var text = File.ReadAllText(Path.Combine(root, "src", "PartyMembers.Web", "Security", name));
            var writes = BulkWrite().Matches(text);
            Assert.NotEmpty(writes);
            foreach (Match write in writes)
            {
                // The statement the bulk write ends: from the previous ';' or '{' to the call.
                var start = Math.Max(text.LastIndexOf(';', write.Index), text.LastIndexOf('{', write.Index)) + 1;
                var statement = text[start..write.Index];
                Assert.True(
                    statement.Contains("UserSessions", StringComparison.Ordinal) || statement.Contains("IQueryable<UserSession>", StringComparison.Ordinal)
                        || statement.Contains("sessions.", StringComparison.Ordinal),
                    $"{name}: a bulk write on something other than sessions: {statement.Trim()}");
            }
        }
    }

    [Fact]
    public void Every_bulk_write_in_src_writes_its_audit_rows()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PartyMembers.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("PartyMembers.sln not found above the test folder.");
        }

        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains(".Migrations.", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var offenders = files
            .Where(f => !SessionStore.Contains(Path.GetFileName(f)))
            .Where(f => BulkWrite().IsMatch(File.ReadAllText(f)) && !File.ReadAllText(f).Contains("AuditBulk.Add(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Bulk writes without audit rows: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_guard_recognises_a_bulk_write()
    {
        Assert.Matches(BulkWrite(), "await db.Members.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, x));");
        Assert.Matches(BulkWrite(), "db.FeePayments.ExecuteDelete();");
        Assert.Matches(BulkWrite(), "await db.Database.ExecuteSqlRawAsync(\"UPDATE Members SET Status = 1\");");
        Assert.DoesNotMatch(BulkWrite(), "await db.Database.ExecuteSqlRawAsync(\"PRAGMA optimize;\");");
    }
}

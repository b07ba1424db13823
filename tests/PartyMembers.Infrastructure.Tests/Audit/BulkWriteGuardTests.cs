using System.Text.RegularExpressions;

namespace PartyMembers.Infrastructure.Tests.Audit;

/// Bulk writes bypass change tracking and therefore the audit interceptor. Today src/ has none; a file that adds one
/// must also write its audit rows through AuditBulk (docs/security.md, "Audit and logs").
public partial class BulkWriteGuardTests
{
    [GeneratedRegex(@"\.(ExecuteUpdate|ExecuteDelete)(Async)?\s*\(|ExecuteSql(Raw|Interpolated)?(Async)?\s*\([^;]*\b(INSERT|UPDATE|DELETE)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BulkWrite();

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

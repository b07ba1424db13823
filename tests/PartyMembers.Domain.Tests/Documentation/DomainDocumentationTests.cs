using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Tests.Documentation;

/// docs/domain/member-status.md and rules.md show the status table and the seeded rules to officials and reviewers;
/// they must say what the code does.
public sealed class DomainDocumentationTests
{
    private static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyMembers.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found"), relative);
    }

    /// The cells of the Markdown table lines whose first cell is code (`...`).
    private static List<string[]> CodeRows(string file) =>
        File.ReadAllLines(RepositoryFile(file))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

    private static string Code(string cell) => cell.Trim('`');

    [Fact]
    public void The_member_status_page_lists_exactly_the_transition_table()
    {
        var documented = CodeRows("docs/domain/member-status.md")
            .Where(r => r.Length >= 6)
            .Select(r => (
                From: Code(r[0]),
                Event: Code(r[1]),
                To: Code(r[2]),
                Roles: string.Join(",", r[3].Split(',').Select(s => Code(s.Trim())).Order(StringComparer.Ordinal)),
                Basis: r[4].StartsWith("Yes", StringComparison.OrdinalIgnoreCase),
                Source: r[5]))
            .ToHashSet();
        var code = MemberTransitions.All
            .Select(t => (
                From: t.From.ToString(),
                Event: t.Event.ToString(),
                To: t.To.ToString(),
                Roles: string.Join(",", t.Roles.Select(x => x.ToString()).Order(StringComparer.Ordinal)),
                Basis: t.RequiresBasis,
                Source: t.Source))
            .ToHashSet();

        Assert.Empty(code.Except(documented));
        Assert.Empty(documented.Except(code));
    }

    [Fact]
    public void The_rules_page_lists_exactly_the_seeded_versions()
    {
        var documented = CodeRows("docs/domain/rules.md")
            .Where(r => r.Length >= 5)
            .Select(r => (Key: Code(r[0]), Value: r[1], From: r[2], Source: r[3], Confidence: r[4]))
            .ToHashSet();
        var code = RuleCatalogue.Defaults
            .Select(s => (Key: s.Key, Value: s.Value, From: s.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Source: s.Source, Confidence: s.Confidence.ToString()))
            .ToHashSet();

        Assert.Empty(code.Except(documented));
        Assert.Empty(documented.Except(code));
    }
}

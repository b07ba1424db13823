using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PartyMembers.Bench;

/// EXPLAIN QUERY PLAN of a captured statement, indented as a tree, with the lines that matter flagged:
/// a SCAN of Members or MemberEvents (a walk over the whole table or a whole index; with a LIMIT and an index in the
/// ORDER BY's order it may stop early, which the timings tell) and a temporary B-tree for ORDER BY or GROUP BY.
internal static partial class Plans
{
    private static readonly string[] BigTables = ["Members", "MemberEvents"];

    public sealed record Plan(IReadOnlyList<string> Lines, IReadOnlyList<string> Flags);

    public static Plan Explain(SqliteConnection connection, CapturedCommand captured)
    {
        var aliases = Aliases(captured.Sql);
        var rows = new List<(int Id, int Parent, string Detail)>();
        using (var command = captured.CreateOn(connection, "EXPLAIN QUERY PLAN "))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
            }
        }

        var depth = new Dictionary<int, int> { [0] = -1 };
        var lines = new List<string>();
        var flags = new List<string>();
        foreach (var (id, parent, detail) in rows)
        {
            var level = depth.GetValueOrDefault(parent, -1) + 1;
            depth[id] = level;
            var flag = Flag(detail, aliases);
            lines.Add(new string(' ', 2 * level) + detail + (flag is null ? string.Empty : "   <-- " + flag));
            if (flag is not null)
            {
                flags.Add(flag + ": " + detail);
            }
        }

        return new Plan(lines, flags);
    }

    private static string? Flag(string detail, Dictionary<string, string> aliases)
    {
        if (detail.Contains("TEMP B-TREE", StringComparison.Ordinal))
        {
            return detail.Contains("ORDER BY", StringComparison.Ordinal) ? "TEMP B-TREE FOR ORDER BY" : "TEMP B-TREE";
        }

        var scan = ScanPattern().Match(detail);
        if (scan.Success)
        {
            var target = scan.Groups[1].Value;
            var table = aliases.GetValueOrDefault(target, target);
            if (BigTables.Contains(table, StringComparer.Ordinal))
            {
                return "SCAN of " + table;
            }
        }

        return null;
    }

    /// EF aliases tables ("Members" AS "m"); SQLite's plan names the alias.
    private static Dictionary<string, string> Aliases(string sql)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AliasPattern().Matches(sql))
        {
            result[m.Groups[2].Value] = m.Groups[1].Value;
        }

        return result;
    }

    [GeneratedRegex("^SCAN (\\S+)")]
    private static partial Regex ScanPattern();

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex AliasPattern();
}

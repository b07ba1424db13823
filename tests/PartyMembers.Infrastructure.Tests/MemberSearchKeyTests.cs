using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

/// SQLite uses an index for LIKE 'prefix%' only on a NOCASE column (case_sensitive_like is off); the folded name keys are
/// mapped so on SQLite, and the search pages depend on it at a million rows.
public class MemberSearchKeyTests
{
    private const string PrefixPage = "SELECT Id FROM Members WHERE SearchName LIKE 'nguyen%' ORDER BY SearchName, Id LIMIT 20";

    private static async Task<UnitTree> SeedAsync(TestDatabase db)
    {
        var tree = TestData.Units(db.Today);
        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        foreach (var name in new[] { "Nguyễn Văn An", "Nguyễn Thị Đào", "NGUYỄN VĂN BÌNH", "Trần Nguyên Hãn", "Đặng Thị Nguyệt", "Ngô Văn Cường" })
        {
            context.Members.Add(TestData.Member(db, tree.CellA, name));
        }

        await context.SaveChangesAsync();
        return tree;
    }

    [Theory]
    [InlineData("SearchName")]
    [InlineData("SearchGivenName")]
    [InlineData("NameKey")]
    [InlineData("GivenNameKey")]
    public async Task Search_key_columns_and_their_indexes_use_NOCASE(string column)
    {
        await using var db = await TestDatabase.CreateAsync();
        var table = (string)(await db.ScalarAsync("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Members'"))!;
        Assert.Matches($"\"{column}\" TEXT[^,]* COLLATE NOCASE[^,]*,", table);

        // Every index holding the column orders it by NOCASE too (an index inherits the column's collation).
        var indexes = (await db.ColumnAsync(
            $"SELECT il.name FROM pragma_index_list('Members') il JOIN pragma_index_info(il.name) ii WHERE ii.name = '{column}'")).Cast<string>().ToList();
        Assert.NotEmpty(indexes);
        foreach (var index in indexes)
        {
            var collation = await db.ColumnAsync($"SELECT coll FROM pragma_index_xinfo('{index}') WHERE name = '{column}'");
            Assert.Equal(["NOCASE"], collation);
        }
    }

    [Fact]
    public async Task Other_text_columns_keep_binary_collation()
    {
        await using var db = await TestDatabase.CreateAsync();
        var table = (string)(await db.ScalarAsync("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Members'"))!;
        Assert.Matches("\"FullName\" TEXT NOT NULL,", table);
        Assert.Matches("\"PersonalIdNumber\" TEXT NOT NULL,", table);
    }

    [Fact]
    public async Task A_name_prefix_page_is_read_from_the_index_in_order()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        await using var connection = db.OpenRawConnection();

        var plan = await QueryPlans.ExplainAsync(connection, PrefixPage);
        var text = string.Join(Environment.NewLine, plan);
        Assert.Contains(plan, l => l.StartsWith("SEARCH Members USING", StringComparison.Ordinal)
            && (l.Contains("USING INDEX", StringComparison.Ordinal) || l.Contains("USING COVERING INDEX", StringComparison.Ordinal))
            && l.Contains("SearchName>?", StringComparison.Ordinal));
        Assert.DoesNotContain("TEMP B-TREE", text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan, QueryPlans.IsFullTableScan);

        // And it finds what it should: folded names, whatever the case and marks were.
        var ids = await TestDatabase.ColumnAsync(connection, PrefixPage);
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public async Task The_search_pages_LIKE_with_a_parameter_uses_the_index_too()
    {
        // MemberSearch passes the pattern as a parameter (EF.Functions.Like); SQLite re-plans with the bound value.
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var capture = new CommandCapture();
        await using var context = db.CreateContext(extra: capture);
        var pattern = "nguyen%";
        var found = await context.Members.AsNoTracking()
            .Where(m => EF.Functions.Like(m.SearchName, pattern))
            .OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Select(m => m.FullName)
            .Take(20)
            .ToListAsync();
        Assert.Equal(["Nguyễn Thị Đào", "Nguyễn Văn An", "NGUYỄN VĂN BÌNH"], found);

        var query = Assert.Single(capture.Commands);
        await using var connection = db.OpenRawConnection();
        var plan = await QueryPlans.ExplainAsync(connection, query.Sql, query.Parameters);
        Assert.Contains(plan, l => l.Contains("INDEX IX_Members_SearchName_Id", StringComparison.Ordinal) && l.Contains("SearchName>?", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, QueryPlans.IsFullTableScan);
    }

    [Fact]
    public async Task Keys_are_folded_when_saved_and_found_by_any_spelling()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        await using var context = db.CreateContext();

        var byGivenName = await context.Members.AsNoTracking().Where(m => m.SearchGivenName == "dao").Select(m => m.FullName).ToListAsync();
        Assert.Equal(["Nguyễn Thị Đào"], byGivenName);

        // NOCASE compares ASCII case-insensitively: a key typed in capitals still matches the stored lower-case key.
        Assert.Equal(1, await context.Members.CountAsync(m => m.SearchName == "NGUYEN VAN AN"));

        var exact = await context.Members.AsNoTracking().Where(m => EF.Functions.Like(m.NameKey, "nguyễn%")).CountAsync();
        Assert.Equal(3, exact);
        Assert.Equal(1, await context.Members.CountAsync(m => m.Status == ActivityStatus.Active && m.SearchName == "tran nguyen han"));
    }
}

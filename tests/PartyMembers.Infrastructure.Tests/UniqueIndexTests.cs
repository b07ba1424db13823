using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class UniqueIndexTests
{
    private const int SqliteConstraintUnique = 2067;

    private static async Task<UnitTree> SeedUnitsAsync(TestDatabase db)
    {
        var tree = TestData.Units(db.Today);
        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        await context.SaveChangesAsync();
        return tree;
    }

    private static async Task SaveAsync(TestDatabase db, params Member[] members)
    {
        await using var context = db.CreateContext();
        context.Members.AddRange(members);
        await context.SaveChangesAsync();
    }

    private static async Task AssertUniqueViolationAsync(Func<Task> save, string columns)
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(save);
        var sqlite = Assert.IsType<SqliteException>(error.InnerException);
        Assert.Equal(SqliteConstraintUnique, sqlite.SqliteExtendedErrorCode);
        Assert.Contains("UNIQUE constraint failed: " + columns, sqlite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personal_id_number_is_held_by_one_member_only()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = await SeedUnitsAsync(db);
        await SaveAsync(db, TestData.Member(db, tree.CellA, "Nguyễn Văn An", personalId: "001085123456"));

        await AssertUniqueViolationAsync(
            () => SaveAsync(db, TestData.Member(db, tree.CellB, "Trần Văn Bình", personalId: "001085123456")),
            "Members.PersonalIdNumber");
        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM Members"));
    }

    [Fact]
    public async Task A_resume_number_is_held_by_one_member_only_but_many_have_none()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = await SeedUnitsAsync(db);
        await SaveAsync(db,
            TestData.Member(db, tree.CellA, "Nguyễn Văn An", resumeNumber: "000001HN"),
            TestData.Member(db, tree.CellA, "Lê Thị Hoa"),
            TestData.Member(db, tree.CellB, "Đỗ Văn Hùng"));

        Assert.Equal(2L, await db.ScalarAsync("SELECT COUNT(*) FROM Members WHERE ResumeNumber IS NULL"));

        // Written differently on paper, the same number once normalised.
        await AssertUniqueViolationAsync(
            () => SaveAsync(db, TestData.Member(db, tree.CellB, "Trần Văn Bình", resumeNumber: "000001 hn")),
            "Members.ResumeNumber");

        await SaveAsync(db, TestData.Member(db, tree.CellB, "Trần Văn Bình", resumeNumber: "000002HN"));
        Assert.Equal(4L, await db.ScalarAsync("SELECT COUNT(*) FROM Members"));
    }

    [Fact]
    public async Task A_rule_has_one_version_per_start_date()
    {
        await using var db = await TestDatabase.CreateAsync();
        RuleParameter Version(string value, DateOnly from) => TestData.Ok(RuleParameter.Create(
            "Test.ProbationMonths", RuleValueKind.WholeNumber, value, from, "Điều lệ Đảng", RuleConfidence.Confirmed, null));

        await using (var context = db.CreateContext())
        {
            context.RuleParameters.AddRange(Version("12", new DateOnly(2011, 1, 19)), Version("12", new DateOnly(2025, 7, 1)));
            await context.SaveChangesAsync();
        }

        await AssertUniqueViolationAsync(async () =>
        {
            await using var context = db.CreateContext();
            context.RuleParameters.Add(Version("18", new DateOnly(2025, 7, 1)));
            await context.SaveChangesAsync();
        }, "RuleParameters.Key, RuleParameters.ValidFrom");

        Assert.Equal(["12", "12"], await db.ColumnAsync("SELECT Value FROM RuleParameters ORDER BY ValidFrom"));
    }

    [Fact]
    public async Task A_unit_code_is_unique_when_present()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = await SeedUnitsAsync(db);
        await using (var context = db.CreateContext())
        {
            var parent = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.Grassroots.Id);
            context.Units.Add(TestData.Ok(parent.CreateChild(Domain.Organisation.UnitType.Cell, "Chi bộ 3", null, new DateOnly(2020, 1, 1), null, db.Today)));
            context.Units.Add(TestData.Ok(parent.CreateChild(Domain.Organisation.UnitType.Cell, "Chi bộ 4", null, new DateOnly(2020, 1, 1), null, db.Today)));
            await context.SaveChangesAsync();
        }

        await AssertUniqueViolationAsync(async () =>
        {
            await using var context = db.CreateContext();
            var parent = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.Grassroots.Id);
            context.Units.Add(TestData.Ok(parent.CreateChild(Domain.Organisation.UnitType.Cell, "Chi bộ 5", "STC-NS", new DateOnly(2020, 1, 1), null, db.Today)));
            await context.SaveChangesAsync();
        }, "Units.Code");
    }
}

using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

/// Optimistic concurrency with the application-managed Version token (SQLite has no rowversion).
public class ConcurrencyTests
{
    [Fact]
    public async Task The_second_of_two_edits_to_a_member_fails_and_the_first_remains()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA, personalId: "001085000555");
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var a = await first.Members.SingleAsync(m => m.Id == member.Id);
        var b = await second.Members.SingleAsync(m => m.Id == member.Id);

        TestData.Ok(a.UpdateDetails(TestData.Details("Nguyễn Văn An", "001085000555") with { Residence = "Thửa đất số 1" }, TestData.Stamp(db)));
        await first.SaveChangesAsync();

        TestData.Ok(b.UpdateDetails(TestData.Details("Nguyễn Văn An", "001085000555") with { Occupation = "Kế toán" }, TestData.Stamp(db)));
        var auditBefore = await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Contains(error.Entries, e => e.Entity == b);

        await using var check = db.CreateContext();
        var stored = await check.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id);
        Assert.Equal("Thửa đất số 1", stored.Residence);
        Assert.Equal("Chuyên viên", stored.Occupation);
        Assert.Equal(a.Version, stored.Version);
        Assert.Equal(auditBefore, await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
    }

    [Fact]
    public async Task The_second_of_two_renames_of_a_unit_fails_and_the_first_remains()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            await context.SaveChangesAsync();
        }

        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var a = await first.Units.SingleAsync(u => u.Id == tree.CellB.Id);
        var b = await second.Units.SingleAsync(u => u.Id == tree.CellB.Id);

        TestData.Ok(a.Rename("Chi bộ Văn phòng Sở", "STC-VPS"));
        await first.SaveChangesAsync();

        TestData.Ok(b.Rename("Chi bộ Văn phòng - Tổng hợp", "STC-VP"));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = db.CreateContext();
        var stored = await check.Units.AsNoTracking().SingleAsync(u => u.Id == tree.CellB.Id);
        Assert.Equal("Chi bộ Văn phòng Sở", stored.Name);
        Assert.Equal("STC-VPS", stored.Code);
    }

    [Fact]
    public async Task A_form_posted_with_the_version_it_was_shown_is_refused_once_someone_else_saved()
    {
        // The pages load the row afresh on POST and set the version the user saw as the original value.
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA, personalId: "001085000556");
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        var shown = member.Version;
        await using (var other = db.CreateContext())
        {
            var loaded = await other.Members.SingleAsync(m => m.Id == member.Id);
            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn An", "001085000556") with { Religion = "Phật giáo" }, TestData.Stamp(db)));
            await other.SaveChangesAsync();
        }

        await using (var post = db.CreateContext())
        {
            var loaded = await post.Members.SingleAsync(m => m.Id == member.Id);
            post.Entry(loaded).Property(m => m.Version).OriginalValue = shown;
            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn An", "001085000556") with { Religion = "Công giáo" }, TestData.Stamp(db)));
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => post.SaveChangesAsync());
        }

        string current;
        await using (var post = db.CreateContext())
        {
            // The same POST with the current version goes through.
            var loaded = await post.Members.SingleAsync(m => m.Id == member.Id);
            Assert.Equal("Phật giáo", loaded.Religion);
            post.Entry(loaded).Property(m => m.Version).OriginalValue = loaded.Version;
            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn An", "001085000556") with { Religion = "Công giáo" }, TestData.Stamp(db)));
            await post.SaveChangesAsync();
            current = loaded.Religion!;
        }

        Assert.Equal("Công giáo", current);
        Assert.Equal(["Công giáo"], await db.ColumnAsync("SELECT Religion FROM Members"));
    }
}

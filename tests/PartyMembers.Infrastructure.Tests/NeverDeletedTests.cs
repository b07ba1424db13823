using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

/// Records that end by a dated state change are refused deletion by the audit interceptor, before anything is written.
public class NeverDeletedTests
{
    private sealed record Seeded(UnitTree Tree, Guid MemberId, Guid AssignmentId, Guid RuleId, Guid CalendarId);

    private static async Task<Seeded> SeedAsync(TestDatabase db)
    {
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA);
        var user = TestData.User();
        var assignment = TestData.Ok(RoleAssignment.Grant(user.Id, Role.CellSecretary, tree.CellA.Id, tree.CellA.Type, false,
            new DateOnly(2025, 1, 1), null, "Nhiệm kỳ 2025-2030"));
        var rule = TestData.Ok(RuleParameter.Create("Test.Months", RuleValueKind.WholeNumber, "12", new DateOnly(2025, 7, 1),
            "Quy định 294-QĐ/TW, 26/5/2025, Ban Chấp hành Trung ương", RuleConfidence.Confirmed, null));
        var day = TestData.Ok(CalendarEntry.Declare(new DateOnly(2026, 9, 1), CalendarExceptionKind.Holiday, "Nghỉ bù Quốc khánh", null));

        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        context.Members.Add(member);
        context.Users.Add(user);
        context.RoleAssignments.Add(assignment);
        context.RuleParameters.Add(rule);
        context.CalendarEntries.Add(day);
        await context.SaveChangesAsync();
        return new Seeded(tree, member.Id, assignment.Id, rule.Id, day.Id);
    }

    private static async Task AssertDeleteRefusedAsync(TestDatabase db, Func<PartyMembersDbContext, Task> remove)
    {
        var before = await CountsAsync(db);
        await using (var context = db.CreateContext())
        {
            await remove(context);

            // Something else in the same save is not written either.
            context.Units.Add(TestData.Units(db.Today).Upper);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
            Assert.Contains("never deleted", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(db));
    }

    private static async Task<string> CountsAsync(TestDatabase db)
    {
        var counts = new List<object?>();
        foreach (var table in new[] { "Units", "Members", "MemberEvents", "RoleAssignments", "RuleParameters", "CalendarEntries", "AuditEntries" })
        {
            counts.Add(await db.ScalarAsync($"SELECT COUNT(*) FROM {table}"));
        }

        return string.Join(",", counts);
    }

    [Fact]
    public async Task A_member_is_never_deleted()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);
        await AssertDeleteRefusedAsync(db, async c => c.Members.Remove(await c.Members.SingleAsync(m => m.Id == seeded.MemberId)));
    }

    [Fact]
    public async Task A_unit_is_never_deleted()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);

        // A unit with nothing under it and nobody in it: the foreign keys would allow it, the rule does not.
        await AssertDeleteRefusedAsync(db, async c => c.Units.Remove(await c.Units.SingleAsync(u => u.Id == seeded.Tree.GrassrootsCell.Id)));
    }

    [Fact]
    public async Task A_role_assignment_is_never_deleted()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);
        await AssertDeleteRefusedAsync(db, async c => c.RoleAssignments.Remove(await c.RoleAssignments.SingleAsync(a => a.Id == seeded.AssignmentId)));
    }

    [Fact]
    public async Task A_rule_parameter_is_never_deleted()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);
        await AssertDeleteRefusedAsync(db, async c => c.RuleParameters.Remove(await c.RuleParameters.SingleAsync(p => p.Id == seeded.RuleId)));
    }

    [Fact]
    public async Task A_calendar_entry_is_never_deleted()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);
        await AssertDeleteRefusedAsync(db, async c => c.CalendarEntries.Remove(await c.CalendarEntries.SingleAsync(e => e.Id == seeded.CalendarId)));
    }

    [Fact]
    public async Task A_removal_through_an_attached_stub_is_refused_too()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seeded = await SeedAsync(db);

        // Deleting without loading (attach the loaded row from another context, then remove) takes the same path.
        await using var other = db.CreateContext();
        var member = await other.Members.AsNoTracking().SingleAsync(m => m.Id == seeded.MemberId);
        await AssertDeleteRefusedAsync(db, c =>
        {
            c.Members.Remove(member);
            return Task.CompletedTask;
        });
    }
}

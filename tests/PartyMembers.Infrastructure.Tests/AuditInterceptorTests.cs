using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class AuditInterceptorTests
{
    private static Dictionary<string, JsonElement> Changes(AuditEntry entry) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Changes)!;

    private static (string? Old, string? New) Pair(Dictionary<string, JsonElement> changes, string field)
    {
        Assert.True(changes.TryGetValue(field, out var pair), $"No change recorded for {field}: {string.Join(", ", changes.Keys)}");
        Assert.Equal(JsonValueKind.Array, pair.ValueKind);
        Assert.Equal(2, pair.GetArrayLength());
        return (Text(pair[0]), Text(pair[1]));
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static async Task<(UnitTree Tree, Member Member)> SeedMemberAsync(TestDatabase db)
    {
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA, personalId: "001085000777");
        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        context.Members.Add(member);
        await context.SaveChangesAsync();
        return (tree, member);
    }

    [Fact]
    public async Task Insert_writes_one_entry_per_row_with_actor_entity_key_and_new_values()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA, personalId: "001085000777");
        await using (var context = db.CreateContext())
        {
            context.ChangeReason = "Nhập hồ sơ đảng viên";
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var audit = await check.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();

        // 5 units, the member and its 2 events.
        Assert.Equal(8, audit.Count);
        Assert.Equal(5, audit.Count(a => a.Entity == nameof(OrganisationUnit)));
        Assert.Equal(2, audit.Count(a => a.Entity == nameof(MemberEvent)));
        Assert.All(audit, a =>
        {
            Assert.Equal(AuditAction.Insert, a.Action);
            Assert.Equal(db.Actor.UserName, a.UserName);
            Assert.Equal(db.Actor.UserId, a.UserId);
            Assert.Equal(db.Actor.TraceId, a.TraceId);
            Assert.Equal("Nhập hồ sơ đảng viên", a.Reason);
            Assert.Equal(TestDatabase.Start.UtcDateTime, a.AtUtc);
            Assert.All(Changes(a).Values, pair => Assert.Equal(JsonValueKind.Null, pair[0].ValueKind));
        });

        var row = Assert.Single(audit, a => a.Entity == nameof(Member));
        Assert.Equal(member.Id.ToString(), row.EntityKey);
        var changes = Changes(row);
        Assert.Equal((null, member.Id.ToString()), Pair(changes, "Id"));
        Assert.Equal((null, "Nguyễn Văn An"), Pair(changes, "FullName"));
        Assert.Equal((null, "001085000777"), Pair(changes, "PersonalIdNumber"));
        Assert.Equal((null, "1985-04-12"), Pair(changes, "DateOfBirth"));
        Assert.Equal((null, "Active"), Pair(changes, "Status"));
        Assert.Equal((null, "Official"), Pair(changes, "Type"));
        Assert.Equal((null, tree.CellA.Id.ToString()), Pair(changes, "HomeUnitId"));
        Assert.Equal((null, "2"), Pair(changes, "EventCount"));
        Assert.DoesNotContain("Version", changes.Keys);
        Assert.DoesNotContain("CardNumber", changes.Keys); // null on insert: nothing to record

        var admitted = Assert.Single(audit, a => a.Entity == nameof(MemberEvent) && a.EntityKey == member.NewEvents[0].Id.ToString());
        var eventChanges = Changes(admitted);
        Assert.Equal((null, "Admitted"), Pair(eventChanges, "Kind"));
        Assert.Equal((null, "45-QĐ/ĐU"), Pair(eventChanges, "Basis.DocumentNumber"));
        Assert.Equal((null, "2015-02-10"), Pair(eventChanges, "Basis.DocumentDate"));

        var upper = Assert.Single(audit, a => a.EntityKey == tree.Upper.Id.ToString());
        Assert.Equal((null, tree.Upper.Path), Pair(Changes(upper), "Path"));
    }

    [Fact]
    public async Task Update_writes_only_the_changed_fields_with_old_and_new_values_and_the_reason()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (_, member) = await SeedMemberAsync(db);
        var before = (long)(await db.ScalarAsync("SELECT MAX(Id) FROM AuditEntries"))!;

        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.SingleAsync(m => m.Id == member.Id);
            var details = TestData.Details("Nguyễn Văn An", personalId: "001085000777") with { Residence = "45 Trần Phú, Ba Đình, Hà Nội" };
            TestData.Ok(loaded.UpdateDetails(details, TestData.Stamp(db)));
            context.ChangeReason = "Đổi nơi cư trú theo đơn ngày 10/6/2026";
            db.Clock.Advance(TimeSpan.FromHours(2));
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var row = Assert.Single(await check.AuditEntries.AsNoTracking().Where(a => a.Id > before).ToListAsync());
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Equal(nameof(Member), row.Entity);
        Assert.Equal(member.Id.ToString(), row.EntityKey);
        Assert.Equal("Đổi nơi cư trú theo đơn ngày 10/6/2026", row.Reason);
        Assert.Equal(TestDatabase.Start.UtcDateTime.AddHours(2), row.AtUtc);

        var changes = Changes(row);
        Assert.Equal(["Residence"], changes.Keys);
        Assert.Equal(("12 Lê Lợi, Hoàn Kiếm, Hà Nội", "45 Trần Phú, Ba Đình, Hà Nội"), Pair(changes, "Residence"));
    }

    [Fact]
    public async Task A_status_change_audits_the_member_fields_and_the_new_event()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (tree, member) = await SeedMemberAsync(db);
        var before = (long)(await db.ScalarAsync("SELECT MAX(Id) FROM AuditEntries"))!;

        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.SingleAsync(m => m.Id == member.Id);
            TestData.Ok(loaded.MoveToUnit(tree.CellB.Id, tree.CellB.Type,
                new StatusChange(new DateOnly(2026, 6, 1), TestData.Decision("9-QĐ/ĐU", new DateOnly(2026, 5, 30)), null), TestData.Stamp(db)));
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var rows = await check.AuditEntries.AsNoTracking().Where(a => a.Id > before).ToListAsync();
        Assert.Equal(2, rows.Count);

        var update = Assert.Single(rows, a => a.Action == AuditAction.Update);
        var changes = Changes(update);
        Assert.Equal(new[] { "EventCount", "HomeUnitId", "LastEventDate" }, changes.Keys.Order());
        Assert.Equal((tree.CellA.Id.ToString(), tree.CellB.Id.ToString()), Pair(changes, "HomeUnitId"));
        Assert.Equal(("2", "3"), Pair(changes, "EventCount"));
        Assert.Equal(("2016-03-02", "2026-06-01"), Pair(changes, "LastEventDate"));

        var insert = Assert.Single(rows, a => a.Action == AuditAction.Insert);
        Assert.Equal(nameof(MemberEvent), insert.Entity);
        Assert.Equal((null, "InternalTransfer"), Pair(Changes(insert), "Kind"));
    }

    [Fact]
    public async Task Every_update_gives_a_new_version_and_a_save_without_changes_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (tree, member) = await SeedMemberAsync(db);
        var auditCount = await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");
        var versions = new List<Guid> { member.Version };

        await using (var context = db.CreateContext())
        {
            // Loaded, untouched, saved: no write, no audit, no new version.
            var loaded = await context.Members.SingleAsync(m => m.Id == member.Id);
            Assert.Equal(0, await context.SaveChangesAsync());

            // The same details again change nothing either.
            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn An", personalId: "001085000777"), TestData.Stamp(db)));
            Assert.Equal(0, await context.SaveChangesAsync());
        }

        Assert.Equal(auditCount, await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
        await using (var context = db.CreateContext())
        {
            Assert.Equal(member.Version, (await context.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id)).Version);
        }

        // Two updates in a row from one context, then one from another: each one a new version.
        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.SingleAsync(m => m.Id == member.Id);
            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn Ân", personalId: "001085000777"), TestData.Stamp(db)));
            await context.SaveChangesAsync();
            versions.Add(loaded.Version);

            TestData.Ok(loaded.UpdateDetails(TestData.Details("Nguyễn Văn Ẩn", personalId: "001085000777"), TestData.Stamp(db)));
            await context.SaveChangesAsync();
            versions.Add(loaded.Version);
        }

        await using (var context = db.CreateContext())
        {
            var unit = await context.Units.SingleAsync(u => u.Id == tree.CellA.Id);
            var unitVersion = unit.Version;
            TestData.Ok(unit.Rename("Chi bộ Phòng Ngân sách Nhà nước", "STC-NS"));
            await context.SaveChangesAsync();
            await using var reread = db.CreateContext();
            var stored = await reread.Units.AsNoTracking().SingleAsync(u => u.Id == tree.CellA.Id);
            Assert.NotEqual(unitVersion, stored.Version);
            Assert.Equal(unit.Version, stored.Version);
        }

        await using (var context = db.CreateContext())
        {
            var stored = await context.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id);
            Assert.Equal(versions[^1], stored.Version);
            Assert.Equal("Nguyễn Văn Ẩn", stored.FullName);
        }

        Assert.Equal(3, versions.Distinct().Count());
    }

    [Fact]
    public async Task Secrets_of_user_accounts_are_masked()
    {
        await using var db = await TestDatabase.CreateAsync();
        var user = TestData.User();
        await using (var context = db.CreateContext())
        {
            context.Users.Add(user);
            context.UserTokens.Add(new IdentityUserToken<Guid>
            {
                UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXP",
            });
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var loaded = await context.Users.SingleAsync(u => u.Id == user.Id);
            loaded.PasswordHash = "AQAAAAIAAYagAAAAENewHashAlsoSecret==";
            loaded.SecurityStamp = "NEWSTAMPALSOSECRET";
            loaded.ConcurrencyStamp = Guid.NewGuid().ToString();
            loaded.DisplayName = "Bí thư Chi bộ Văn phòng";
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var rows = await check.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        foreach (var row in rows)
        {
            Assert.DoesNotContain("EPasswordHashThatMustNeverBeAudited", row.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("ENewHashAlsoSecret", row.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", row.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("STAMPMUSTNOTLEAK", row.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("JBSWY3DPEHPK3PXP", row.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(user.ConcurrencyStamp!, row.Changes, StringComparison.Ordinal);
        }

        var insert = Changes(Assert.Single(rows, a => a.Entity == nameof(ApplicationUser) && a.Action == AuditAction.Insert));
        Assert.Equal((null, "***"), Pair(insert, "PasswordHash"));
        Assert.Equal((null, "***"), Pair(insert, "SecurityStamp"));
        Assert.Equal((null, "***"), Pair(insert, "ConcurrencyStamp"));
        Assert.Equal((null, "bithu.chibo@example.vn"), Pair(insert, "UserName"));

        var token = Changes(Assert.Single(rows, a => a.Entity.StartsWith("IdentityUserToken", StringComparison.Ordinal)));
        Assert.Equal((null, "***"), Pair(token, "Value"));

        var update = Changes(Assert.Single(rows, a => a.Entity == nameof(ApplicationUser) && a.Action == AuditAction.Update));
        Assert.Equal(("***", "***"), Pair(update, "PasswordHash"));
        Assert.Equal(("***", "***"), Pair(update, "SecurityStamp"));
        Assert.Equal(("***", "***"), Pair(update, "ConcurrencyStamp"));
        Assert.Equal(("Bí thư Chi bộ", "Bí thư Chi bộ Văn phòng"), Pair(update, "DisplayName"));
    }

    [Fact]
    public async Task A_failed_save_persists_neither_the_rows_nor_their_audit()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (tree, _) = await SeedMemberAsync(db);
        var auditCount = await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");

        await using (var context = db.CreateContext())
        {
            var newUnit = TestData.Ok(context.Units.AsNoTracking().Single(u => u.Id == tree.Grassroots.Id)
                .CreateChild(UnitType.Cell, "Chi bộ Thanh tra", "STC-TT", new DateOnly(2020, 1, 1), null, db.Today));
            context.Units.Add(newUnit);
            context.Members.Add(TestData.Member(db, tree.CellB, "Phạm Văn Bình", personalId: "001085000777"));

            var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.Contains("UNIQUE", error.InnerException?.Message ?? string.Empty, StringComparison.Ordinal);
        }

        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM Members"));
        Assert.Equal(2L, await db.ScalarAsync("SELECT COUNT(*) FROM MemberEvents"));
        Assert.Equal(0L, await db.ScalarAsync("SELECT COUNT(*) FROM Units WHERE Code = 'STC-TT'"));
        Assert.Equal(auditCount, await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"));
    }

    [Fact]
    public async Task After_a_failed_save_the_next_save_audits_only_what_it_writes()
    {
        // An import keeps going after a refused row: it detaches the row and saves the rest. The audit must then describe
        // exactly the rows saved — not also the refused one, nor anything twice.
        await using var db = await TestDatabase.CreateAsync();
        var (tree, _) = await SeedMemberAsync(db);
        var before = (long)(await db.ScalarAsync("SELECT MAX(Id) FROM AuditEntries"))!;

        var duplicate = TestData.Member(db, tree.CellB, "Phạm Văn Bình", personalId: "001085000777");
        var valid = TestData.Member(db, tree.CellB, "Hoàng Thị Lan");
        await using (var context = db.CreateContext())
        {
            context.Members.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

            context.Entry(duplicate).State = EntityState.Detached;
            foreach (var e in duplicate.NewEvents)
            {
                context.Entry(e).State = EntityState.Detached;
            }

            context.Members.Add(valid);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var rows = await check.AuditEntries.AsNoTracking().Where(a => a.Id > before).ToListAsync();
        var refusedKeys = duplicate.NewEvents.Select(e => e.Id).Append(duplicate.Id).Select(id => id.ToString()).ToHashSet();
        var refused = rows.Count(a => refusedKeys.Contains(a.EntityKey));
        Assert.True(refused == 0,
            $"{refused} audit rows describe the refused member {duplicate.Id}, which was never saved; all rows written: " +
            string.Join("; ", rows.Select(a => $"{a.Action} {a.Entity} {a.EntityKey}")));
        Assert.Single(rows, a => a.EntityKey == valid.Id.ToString());
        Assert.Equal(3, rows.Count); // the member and its two events
    }

    [Fact]
    public async Task The_audit_names_the_actor_of_each_context()
    {
        await using var db = await TestDatabase.CreateAsync();
        var system = new SystemAuditActor("system:import");
        var tree = TestData.Units(db.Today);
        await using (var context = db.CreateContext(system))
        {
            context.Units.Add(tree.Upper);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var row = await check.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal("system:import", row.UserName);
        Assert.Null(row.UserId);
        Assert.Null(row.TraceId);
        Assert.Null(row.Reason);
    }

    [Fact]
    public async Task Long_values_are_cut_to_the_column_lengths()
    {
        await using var db = await TestDatabase.CreateAsync();
        var actor = new TestAuditActor(null, new string('x', 400), null);
        await using (var context = db.CreateContext(actor))
        {
            context.ChangeReason = new string('r', 1500);
            context.Units.Add(TestData.Units(db.Today).Upper);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var row = await check.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(AuditEntry.UserNameMaxLength, row.UserName.Length);
        Assert.Equal(AuditEntry.ReasonMaxLength, row.Reason!.Length);
    }

    [Fact]
    public async Task A_deletion_writes_the_old_values_masked_where_secret()
    {
        // Tokens (authenticator keys, recovery codes) are the rows the app does delete.
        await using var db = await TestDatabase.CreateAsync();
        var user = TestData.User();
        var token = new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "RecoveryCodes", Value = "AAAA-BBBB;CCCC-DDDD" };
        await using (var context = db.CreateContext())
        {
            context.Users.Add(user);
            context.UserTokens.Add(token);
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            context.UserTokens.Remove(await context.UserTokens.SingleAsync());
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var row = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Delete);
        Assert.Equal($"{user.Id},[AspNetUserStore],RecoveryCodes", row.EntityKey);
        var changes = Changes(row);
        Assert.Equal(("***", null), Pair(changes, "Value"));
        Assert.Equal(("RecoveryCodes", null), Pair(changes, "Name"));
        Assert.DoesNotContain("AAAA-BBBB", row.Changes, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync("SELECT COUNT(*) FROM AspNetUserTokens"));
    }

    [Fact]
    public async Task An_inserted_row_with_a_database_generated_key_is_audited_with_its_values_not_a_placeholder_number()
    {
        // Identity's claim rows take an identity key from the database, unknown until the insert that the audit row
        // shares a transaction with. The audit must not show EF's temporary placeholder (a large negative number) as
        // if it were the key: it says the key is generated, and the row's values identify it.
        await using var db = await TestDatabase.CreateAsync();
        var user = TestData.User();
        await using (var context = db.CreateContext())
        {
            context.Users.Add(user);
            context.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = user.Id, ClaimType = "unit", ClaimValue = "STC" });
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var row = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity != nameof(ApplicationUser));
        Assert.Equal("IdentityUserClaim", row.Entity);
        Assert.Equal(AuditInterceptor.GeneratedKey, row.EntityKey);
        Assert.Contains(user.Id.ToString(), row.Changes, StringComparison.Ordinal);
        Assert.Contains("STC", row.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("-21474", row.Changes, StringComparison.Ordinal);
    }
}

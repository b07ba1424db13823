using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class MappingTests
{
    [Fact]
    public async Task Unit_tree_round_trips_with_and_without_an_establishment_decision()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var upper = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.Upper.Id);
            Assert.Null(upper.EstablishmentDecision);
            Assert.Null(upper.ParentId);
            Assert.Null(upper.DissolvedOn);
            Assert.Null(upper.DissolutionDecision);
            Assert.Equal(UnitType.UpperCommittee, upper.Type);
            Assert.Equal("Đảng bộ các cơ quan Đảng tỉnh", upper.Name);
            Assert.Equal("DBCQ", upper.Code);
            Assert.Equal(tree.Upper.Path, upper.Path);
            Assert.Equal(0, upper.Depth);
            Assert.Equal(new DateOnly(2010, 1, 1), upper.EstablishedOn);
            Assert.Equal(tree.Upper.Version, upper.Version);

            var grassroots = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.Grassroots.Id);
            Assert.Equal(tree.Grassroots.EstablishmentDecision, grassroots.EstablishmentDecision);
            Assert.Equal(TestData.Decision("12-QĐ/ĐU", new DateOnly(2010, 1, 1)), grassroots.EstablishmentDecision);
            Assert.Equal(tree.Upper.Id, grassroots.ParentId);

            var cell = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.CellA.Id);
            Assert.Equal(2, cell.Depth);
            Assert.Equal(tree.CellA.Path, cell.Path);
            Assert.StartsWith(grassroots.Path, cell.Path, StringComparison.Ordinal);

            // "Within" is a prefix test on the path, done in the database.
            var within = await context.Units.AsNoTracking().Where(u => u.Path.StartsWith(grassroots.Path)).Select(u => u.Id).ToListAsync();
            Assert.Equal(new[] { tree.Grassroots.Id, tree.CellA.Id, tree.CellB.Id }.Order(), within.Order());
        }

        // The absent decision is stored as NULL columns, not as empty strings.
        Assert.Null(await db.ScalarAsync($"SELECT EstablishmentDecisionNumber FROM Units WHERE Path = '{tree.Upper.Path}'"));
        Assert.Equal("12-QĐ/ĐU", await db.ScalarAsync($"SELECT EstablishmentDecisionNumber FROM Units WHERE Path = '{tree.Grassroots.Path}'"));
    }

    [Fact]
    public async Task Dissolving_a_unit_stores_the_date_and_the_decision()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            await context.SaveChangesAsync();
        }

        var decision = TestData.Decision("88-QĐ/ĐU", new DateOnly(2026, 5, 20), "Đảng ủy Sở Tài chính");
        await using (var context = db.CreateContext())
        {
            var cell = await context.Units.SingleAsync(u => u.Id == tree.CellB.Id);
            TestData.Ok(cell.Dissolve(new DateOnly(2026, 6, 1), decision, hasActiveChildren: false, hasMembers: false, db.Today));
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var cell = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.CellB.Id);
            Assert.True(cell.IsDissolved);
            Assert.Equal(new DateOnly(2026, 6, 1), cell.DissolvedOn);
            Assert.Equal(decision, cell.DissolutionDecision);
            Assert.Null(cell.EstablishmentDecision);

            var other = await context.Units.AsNoTracking().SingleAsync(u => u.Id == tree.CellA.Id);
            Assert.Null(other.DissolutionDecision);
            Assert.Null(other.DissolvedOn);
        }
    }

    [Fact]
    public async Task Registered_member_round_trips_with_every_field_and_its_events()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var details = TestData.Details("  Nguyễn   Thị Đào ", resumeNumber: "000123 HN", sex: Sex.Female, dateOfBirth: new DateOnly(1990, 2, 28)) with
        {
            OtherNames = "Đào Nguyễn",
            CardNumber = "12345678",
        };
        var record = TestData.Official(new DateOnly(2016, 5, 19)) with { BirthDateCertified = true };
        var member = TestData.Ok(Member.Register(details, record, tree.CellA.Id, tree.CellA.Type, TestData.Stamp(db)));
        Assert.Equal(2, member.NewEvents.Count);

        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id);
            Assert.Equal("Nguyễn Thị Đào", loaded.FullName);
            Assert.Equal("Đào Nguyễn", loaded.OtherNames);
            Assert.Equal(Sex.Female, loaded.Sex);
            Assert.Equal(new DateOnly(1990, 2, 28), loaded.DateOfBirth);
            Assert.True(loaded.BirthDateCertified);
            Assert.Equal(details.BirthPlace, loaded.BirthPlace);
            Assert.Equal(details.HomeTown, loaded.HomeTown);
            Assert.Equal(details.Residence, loaded.Residence);
            Assert.Equal("Kinh", loaded.Ethnicity);
            Assert.Equal("Không", loaded.Religion);
            Assert.Equal(details.Occupation, loaded.Occupation);
            Assert.Equal(details.GeneralEducation, loaded.GeneralEducation);
            Assert.Equal(details.ProfessionalDegree, loaded.ProfessionalDegree);
            Assert.Equal(PoliticalTheoryLevel.Intermediate, loaded.PoliticalTheory);
            Assert.Equal(details.PersonalIdNumber, loaded.PersonalIdNumber);
            Assert.Equal("000123HN", loaded.ResumeNumber);
            Assert.Equal("12345678", loaded.CardNumber);
            Assert.Equal(details.Introducers, loaded.Introducers);
            Assert.Equal(new DateOnly(2016, 4, 29), loaded.AdmissionDecisionDate);
            Assert.Equal(new DateOnly(2016, 5, 19), loaded.CeremonyDate);
            Assert.Equal(new DateOnly(2017, 5, 19), loaded.OfficialDate);
            Assert.Equal(MembershipType.Official, loaded.Type);
            Assert.Equal(ActivityStatus.Active, loaded.Status);
            Assert.Null(loaded.ExitForm);
            Assert.Equal(tree.CellA.Id, loaded.HomeUnitId);
            Assert.Equal(new DateOnly(2017, 5, 19), loaded.LastEventDate);
            Assert.Equal(2, loaded.EventCount);
            Assert.Equal("nguyen thi dao", loaded.SearchName);
            Assert.Equal("dao", loaded.SearchGivenName);
            Assert.Equal("nguyễn thị đào", loaded.NameKey);
            Assert.Equal(member.Version, loaded.Version);
            Assert.Empty(loaded.NewEvents);

            var events = await context.MemberEvents.AsNoTracking().Where(e => e.MemberId == member.Id).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal([MemberEventKind.Admitted, MemberEventKind.Recognised], events.Select(e => e.Kind));
            Assert.Equal([1, 2], events.Select(e => e.Sequence));

            var admitted = events[0];
            Assert.Equal(member.NewEvents[0].Id, admitted.Id);
            Assert.Equal(new DateOnly(2016, 5, 19), admitted.EffectiveDate);
            Assert.Equal(MembershipType.Probationary, admitted.Type);
            Assert.Equal(ActivityStatus.Active, admitted.Status);
            Assert.Null(admitted.PreviousStatus);
            Assert.Null(admitted.PreviousUnitId);
            Assert.Equal(tree.CellA.Id, admitted.UnitId);
            Assert.Equal(record.AdmissionDecision, admitted.Basis);
            Assert.Equal(db.Actor.UserId, admitted.RecordedByUserId);
            Assert.Equal(db.Actor.UserName, admitted.RecordedByName);
            Assert.Equal(TestDatabase.Start.UtcDateTime, admitted.RecordedAtUtc);
            Assert.Equal(DateTimeKind.Utc, admitted.RecordedAtUtc.Kind);

            var recognised = events[1];
            Assert.Equal(new DateOnly(2017, 5, 19), recognised.EffectiveDate);
            Assert.Equal(MembershipType.Official, recognised.Type);
            Assert.Equal(ActivityStatus.Active, recognised.PreviousStatus);
            Assert.Equal(tree.CellA.Id, recognised.PreviousUnitId);
            Assert.Null(recognised.Basis);
        }
    }

    [Fact]
    public async Task A_change_on_a_reloaded_member_appends_one_event_with_the_next_sequence()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        var decision = TestData.Decision("7-QĐ/ĐU", new DateOnly(2026, 3, 2));
        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.SingleAsync(m => m.Id == member.Id);
            TestData.Ok(loaded.MoveToUnit(tree.CellB.Id, tree.CellB.Type, new StatusChange(new DateOnly(2026, 3, 10), decision, "Điều động"),
                TestData.Stamp(db)));
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var loaded = await context.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id);
            Assert.Equal(tree.CellB.Id, loaded.HomeUnitId);
            Assert.Equal(3, loaded.EventCount);
            Assert.Equal(new DateOnly(2026, 3, 10), loaded.LastEventDate);

            var moved = await context.MemberEvents.AsNoTracking().SingleAsync(e => e.MemberId == member.Id && e.Sequence == 3);
            Assert.Equal(MemberEventKind.InternalTransfer, moved.Kind);
            Assert.Equal(tree.CellB.Id, moved.UnitId);
            Assert.Equal(tree.CellA.Id, moved.PreviousUnitId);
            Assert.Equal(decision, moved.Basis);
            Assert.Equal("Điều động", moved.Reason);
            Assert.Equal(3, await context.MemberEvents.CountAsync(e => e.MemberId == member.Id));
        }
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA);
        TestData.Ok(member.Die(new StatusChange(new DateOnly(2026, 1, 5), null, null), TestData.Stamp(db)));
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        Assert.Equal(["Deceased"], await db.ColumnAsync("SELECT Status FROM Members"));
        Assert.Equal(["Official"], await db.ColumnAsync("SELECT Type FROM Members"));
        Assert.Equal(["Male"], await db.ColumnAsync("SELECT Sex FROM Members"));
        Assert.Equal(["Intermediate"], await db.ColumnAsync("SELECT PoliticalTheory FROM Members"));
        Assert.Equal(["Admitted", "Recognised", "Died"], await db.ColumnAsync("SELECT Kind FROM MemberEvents ORDER BY Sequence"));
        Assert.Equal(["Active", "Active", "Deceased"], await db.ColumnAsync("SELECT Status FROM MemberEvents ORDER BY Sequence"));
        Assert.Contains("GrassrootsCell", await db.ColumnAsync("SELECT Type FROM Units"));
        Assert.Contains("Insert", await db.ColumnAsync("SELECT Action FROM AuditEntries"));

        await using var check = db.CreateContext();
        Assert.Equal(1, await check.Members.CountAsync(m => m.Status == ActivityStatus.Deceased));
        Assert.Equal(0, await check.Members.CountAsync(m => m.Status == ActivityStatus.Active));
    }

    [Fact]
    public async Task DateOnly_is_stored_as_ISO_text_and_compared_in_queries()
    {
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var older = TestData.Ok(Member.Register(TestData.Details("Trần Văn Cường", dateOfBirth: new DateOnly(1979, 12, 31)),
            TestData.Official(new DateOnly(2005, 2, 3)), tree.CellA.Id, tree.CellA.Type, TestData.Stamp(db)));
        var younger = TestData.Ok(Member.Register(TestData.Details("Lê Văn Dũng", dateOfBirth: new DateOnly(1990, 1, 1)),
            TestData.Official(new DateOnly(2015, 10, 9)), tree.CellA.Id, tree.CellA.Type, TestData.Stamp(db)));
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.AddRange(older, younger);
            await context.SaveChangesAsync();
        }

        Assert.Equal("1979-12-31", await db.ScalarAsync($"SELECT DateOfBirth FROM Members WHERE Id = '{older.Id.ToString().ToUpperInvariant()}'"));

        await using var check = db.CreateContext();
        var cutoff = new DateOnly(1990, 1, 1);
        Assert.Equal([older.Id], await check.Members.Where(m => m.DateOfBirth < cutoff).Select(m => m.Id).ToListAsync());
        Assert.Equal([younger.Id], await check.Members.Where(m => m.DateOfBirth >= cutoff).Select(m => m.Id).ToListAsync());
        Assert.Equal([older.Id], await check.Members.Where(m => m.OfficialDate < new DateOnly(2010, 1, 1)).Select(m => m.Id).ToListAsync());

        // Across a month and a year boundary, text order must equal date order.
        var events = await check.MemberEvents.Where(e => e.EffectiveDate > new DateOnly(2006, 2, 2) && e.EffectiveDate <= new DateOnly(2015, 10, 9))
            .OrderBy(e => e.EffectiveDate).Select(e => e.EffectiveDate).ToListAsync();
        Assert.Equal([new DateOnly(2006, 2, 3), new DateOnly(2015, 10, 9)], events);
    }

    [Fact]
    public async Task Instants_come_back_as_UTC_and_local_times_are_stored_in_UTC()
    {
        await using var db = await TestDatabase.CreateAsync();
        var user = TestData.User();
        var local = new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Local);
        user.CreatedAtUtc = local;
        await using (var context = db.CreateContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using var check = db.CreateContext();
        var loaded = await check.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        Assert.Equal(DateTimeKind.Utc, loaded.CreatedAtUtc.Kind);
        Assert.Equal(local.ToUniversalTime(), loaded.CreatedAtUtc);

        var audit = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == nameof(ApplicationUser));
        Assert.Equal(DateTimeKind.Utc, audit.AtUtc.Kind);
        Assert.Equal(TestDatabase.Start.UtcDateTime, audit.AtUtc);

        // Queries compare instants in UTC too.
        var from = TestDatabase.Start.UtcDateTime.AddMinutes(-1);
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.AtUtc >= from));
    }
}

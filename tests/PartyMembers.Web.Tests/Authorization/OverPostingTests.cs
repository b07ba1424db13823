using System.Globalization;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Meetings;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

/// Over-posting (ASVS 15.3.3): a form posted with fields the page does not offer, or that the role may not set (the
/// unit, the status, the stage, the id, who recorded it, a disabled flag, another member), saves only what the page
/// offers; the stored record is unchanged in every other field. Pages bind input models only, never an entity.
[Collection(AppCollection.Name)]
public sealed class OverPostingTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// Fields no form of the application offers, posted under every name a binder could take them from.
    private Dictionary<string, string> Forged(Guid otherId) => new()
    {
        ["Id"] = otherId.ToString(),
        ["Input.Id"] = otherId.ToString(),
        ["Input.HomeUnitId"] = app.Data.OutsideCell.ToString(),
        ["HomeUnitId"] = app.Data.OutsideCell.ToString(),
        ["Input.UnitId"] = app.Data.OutsideCell.ToString(),
        ["UnitId"] = app.Data.OutsideCell.ToString(),
        ["Input.CellId"] = app.Data.OutsideCell.ToString(),
        ["CellId"] = app.Data.OutsideCell.ToString(),
        ["Input.Status"] = nameof(ActivityStatus.Left),
        ["Status"] = nameof(ActivityStatus.Left),
        ["Input.Stage"] = "Admitted",
        ["Stage"] = "Admitted",
        ["Input.MemberId"] = app.Data.OutsideMember.ToString(),
        ["MemberId"] = app.Data.OutsideMember.ToString(),
        ["Input.CreatedBy"] = "kẻ giả mạo",
        ["CreatedBy"] = "kẻ giả mạo",
        ["Input.RecordedByName"] = "kẻ giả mạo",
        ["Input.EventCount"] = "999",
        ["Input.IsDisabled"] = "true",
        ["IsDisabled"] = "true",
    };

    private static Dictionary<string, string> With(Dictionary<string, string> forged, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            forged[key] = value;
        }

        return forged;
    }

    [Fact]
    public void No_page_binds_an_entity_or_anything_from_the_domain_other_than_plain_values()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract))
        {
            if (type.GetCustomAttribute<BindPropertiesAttribute>() is not null)
            {
                offenders.Add(type.Name + " binds every property");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
            {
                var bound = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var fromModel = bound.Namespace?.StartsWith("PartyMembers.Domain", StringComparison.Ordinal) == true
                                || bound.Namespace?.StartsWith("PartyMembers.Infrastructure", StringComparison.Ordinal) == true;
                if (fromModel && !bound.IsEnum)
                {
                    offenders.Add($"{type.Name}.{property.Name} binds {bound.Name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Pages binding a model type: " + string.Join(", ", offenders));
    }

    [Fact]
    public async Task Member_edit_saves_the_offered_fields_only()
    {
        var (member, other) = await app.Factory.WithDbAsync(async db =>
        {
            var list = await db.Members.AsNoTracking().Where(m => m.HomeUnitId == app.Data.TongHopCell && m.Status == ActivityStatus.Active)
                .OrderByDescending(m => m.SearchName).Take(2).ToListAsync();
            return (list[0], list[1]);
        });
        var client = await app.As(DemoAccounts.CellTongHop);

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", With(Forged(other.Id), new()
        {
            ["Input.Residence"] = "Phường Thạch Linh, tỉnh Hà Tĩnh",
            ["Input.Reason"] = "Đảng viên báo đổi nơi ở",
            ["Input.Type"] = nameof(MembershipType.Probationary),
            ["Input.AdmissionDecisionDate"] = "01/01/2000",
            ["Input.CeremonyDate"] = "01/01/2000",
            ["Input.BirthDateCertified"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Members/Details/{member.Id}", response.Headers.Location!.OriginalString);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal("Phường Thạch Linh, tỉnh Hà Tĩnh", after.Residence);
        Assert.Equal(member.HomeUnitId, after.HomeUnitId);
        Assert.Equal(member.Status, after.Status);
        Assert.Equal(member.Type, after.Type);
        Assert.Equal(member.AdmissionDecisionDate, after.AdmissionDecisionDate);
        Assert.Equal(member.CeremonyDate, after.CeremonyDate);
        Assert.Equal(member.EventCount, after.EventCount);
        Assert.Equal(member.PersonalIdNumber, after.PersonalIdNumber);
        var otherAfter = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == other.Id));
        Assert.Equal(other.Version, otherAfter.Version);
    }

    [Fact]
    public async Task Member_create_takes_the_unit_from_the_users_scope_and_the_status_from_the_rules()
    {
        // In the Hành chính cell (dangbo.vanphong keeps it), so that the Tổng hợp cell keeps the members other tests count.
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var hanhChinh = await app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.VanPhongHanhChinhCell).Select(u => u.Id).SingleAsync());
        var pid = PersonalIds.For(new DateOnly(1987, 6, 5), Sex.Female);
        var existing = app.Data.TongHopMember;
        Dictionary<string, string> Form(Guid unit) => With(Forged(existing), new()
        {
            ["Input.HomeUnitId"] = unit.ToString(),
            ["Input.Type"] = "Official",
            ["Input.AdmissionDecisionDate"] = "10/03/2012",
            ["Input.AdmissionDecisionNumber"] = "45-QĐ/ĐUK",
            ["Input.AdmissionDecisionIssuer"] = "Ban Thường vụ Đảng ủy Khối",
            ["Input.CeremonyDate"] = "19/03/2012",
            ["Input.OfficialDate"] = "19/03/2013",
            ["Input.JoinedOrganisationOn"] = D(10),
            ["Input.FullName"] = "Lê Thị Ghi Thừa",
            ["Input.Sex"] = "Female",
            ["Input.DateOfBirth"] = "05/06/1987",
            ["Input.PersonalIdNumber"] = pid,
            ["Input.PoliticalTheory"] = "Intermediate",
            ["Version"] = Guid.NewGuid().ToString(),
        });

        // A unit outside the secretary's cell is refused and nothing is saved.
        var outside = await client.SubmitAsync("/Members/Create", "main form", Form(app.Data.OutsideCell));
        Assert.True(outside.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.OK, "got " + (int)outside.StatusCode);
        Assert.False(await app.Factory.WithDbAsync(db => db.Members.AnyAsync(m => m.PersonalIdNumber == pid)));

        // In the cell: saved as a new, active member of the cell, whatever id or status the form carried.
        var inCell = await client.SubmitAsync("/Members/Create", "main form", Form(hanhChinh));
        Assert.Equal(HttpStatusCode.Redirect, inCell.StatusCode);
        var created = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.PersonalIdNumber == pid));
        Assert.NotEqual(existing, created.Id);
        Assert.Equal(hanhChinh, created.HomeUnitId);
        Assert.Equal(ActivityStatus.Active, created.Status);
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.MemberEvents.CountAsync(e => e.MemberId == created.Id)));
    }

    [Fact]
    public async Task Status_change_cannot_move_a_member_out_of_the_users_scope_or_touch_another_member()
    {
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == app.Data.TongHopCell && m.Status == ActivityStatus.Active)
            .OrderByDescending(m => m.SearchName).Skip(2).FirstAsync());
        var outsider = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == app.Data.OutsideMember));
        var client = await app.As(DemoAccounts.CellTongHop);

        var response = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", With(Forged(outsider.Id), new()
        {
            ["Input.Event"] = nameof(MemberEventKind.InternalTransfer),
            ["Input.TargetUnitId"] = app.Data.OutsideCell.ToString(),
            ["Input.EffectiveDate"] = D(1),
            ["Input.BasisNumber"] = "3-QĐ/ĐU",
            ["Input.BasisDate"] = D(1),
            ["Input.BasisIssuer"] = "Đảng ủy",
        }));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, "got " + (int)response.StatusCode);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(member.HomeUnitId, after.HomeUnitId);
        Assert.Equal(member.Status, after.Status);
        Assert.Equal(member.Version, after.Version);
        var outsiderAfter = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == outsider.Id));
        Assert.Equal(outsider.Version, outsiderAfter.Version);
    }

    [Fact]
    public async Task Admission_edit_keeps_the_cell_the_stage_and_the_member_link()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var pid = PersonalIds.For(new DateOnly(1997, 7, 7), Sex.Male);
        var created = await client.SubmitAsync("/Admission/Create", "main form", new Dictionary<string, string>
        {
            ["Input.CellId"] = app.Data.TongHopCell.ToString(),
            ["Input.FullName"] = "Trịnh Văn Ghi Thừa",
            ["Input.Sex"] = "Male",
            ["Input.DateOfBirth"] = "07/07/1997",
            ["Input.PersonalIdNumber"] = pid,
            ["Input.IntroducedOn"] = D(20),
            ["Input.Education"] = "University",
            ["Input.Source"] = "TradeUnion",
            ["Input.Stage"] = "Admitted",
            ["Stage"] = "Admitted",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var before = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().SingleAsync(c => c.PersonalIdNumber == pid));
        Assert.Equal(Domain.Admission.AdmissionStage.Candidate, before.Stage);

        var response = await client.SubmitAsync($"/Admission/Edit/{before.Id}", "main form", With(Forged(app.Data.TongHopMember), new()
        {
            ["Input.Occupation"] = "Chuyên viên",
            ["Input.Reason"] = "Bổ sung nghề nghiệp",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().SingleAsync(c => c.Id == before.Id));
        Assert.Equal("Chuyên viên", after.Occupation);
        Assert.Equal(before.CellId, after.CellId);
        Assert.Equal(before.Stage, after.Stage);
        Assert.Null(after.MemberId);
        Assert.Equal(before.StepCount + 1, after.StepCount);
    }

    [Fact]
    public async Task Meeting_edit_keeps_the_meetings_unit()
    {
        var chair = "Đồng chí Ghi Thừa " + Guid.NewGuid().ToString("N")[..6];
        var id = await MeetingTestData.RecordAsync(app, chair);
        var client = await app.As(DemoAccounts.CellTongHop);

        var response = await client.SubmitAsync($"/Meetings/Edit/{id}", "main form", With(Forged(Guid.NewGuid()), new()
        {
            ["Input.DurationMinutes"] = "120",
            ["Reason"] = "Ghi lại thời lượng",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(120, after.DurationMinutes);
        Assert.Equal(app.Data.TongHopCell, after.UnitId);
    }

    [Fact]
    public async Task A_fee_basis_is_recorded_for_the_member_of_the_address_only()
    {
        // A member of the Hành chính cell (the fee tests use the Tổng hợp cell's register).
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var member = await app.Factory.WithDbAsync(async db =>
        {
            var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.VanPhongHanhChinhCell);
            return await db.Members.AsNoTracking().Where(m => m.HomeUnitId == cell.Id && m.Status == ActivityStatus.Active)
                .OrderByDescending(m => m.SearchName).Skip(3).FirstAsync();
        });
        var outsideBefore = await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == app.Data.OutsideMember));
        var ownBefore = await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == member.Id));

        var response = await client.SubmitAsync($"/Fees/Basis/{member.Id}", "#basis-form", With(Forged(app.Data.OutsideMember), new()
        {
            ["Input.Kind"] = "Other",
            ["Input.Region"] = "Region2",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(outsideBefore, await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == app.Data.OutsideMember)));
        Assert.Equal(ownBefore + 1, await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == member.Id)));
    }

    [Fact]
    public async Task Admin_pages_refuse_a_role_in_a_unit_it_cannot_be_held_in_and_ignore_a_posted_disabled_flag()
    {
        var admin = await app.As(DemoAccounts.Admin);
        var userName = "ghithua." + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", With(Forged(app.Data.AdminUser), new()
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Tài khoản ghi thừa",
            ["Input.Password"] = AppFactory.Password + "-x",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var account = await app.Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));
        Assert.False(account.IsDisabled);
        Assert.NotEqual(app.Data.AdminUser, account.Id);

        // The administrator role is held only at the upper committee: posting it for a cell is refused beside the field.
        var response = await admin.SubmitAsync($"/Admin/Users/AddAssignment/{account.Id}", "form[data-testid=assignment-form]", With(Forged(app.Data.AdminUser), new()
        {
            ["Input.Role"] = nameof(Role.Administrator),
            ["Input.UnitId"] = app.Data.TongHopCell.ToString(),
            ["Input.ValidFrom"] = D(1),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.Factory.WithDbAsync(db => db.RoleAssignments.AnyAsync(a => a.UserId == account.Id)));
        var stillEnabled = await app.Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == app.Data.AdminUser));
        Assert.False(stillEnabled.IsDisabled);
    }
}

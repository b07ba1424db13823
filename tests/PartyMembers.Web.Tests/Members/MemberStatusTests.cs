using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Members;

[Collection(AppCollection.Name)]
public sealed class MemberStatusTests(AppFixture app)
{
    private Task<Member> ActiveMemberOfAsync(string unitName, int skip) => app.Factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Name == unitName);
        return await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == unit.Id && m.Status == ActivityStatus.Active && m.FullName != DemoMembers.Dao && m.Type == MembershipType.Official)
            .OrderByDescending(m => m.SearchName).Skip(skip).FirstAsync();
    });

    [Fact]
    public async Task The_form_offers_only_what_the_status_table_allows_for_the_role()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await ActiveMemberOfAsync(DemoUnits.TongHopCell, 0);

        var (_, document) = await client.GetPageAsync($"/Members/ChangeStatus/{member.Id}");

        var offered = document.QuerySelectorAll("select#Input_Event option").Select(o => o.GetAttribute("value") ?? string.Empty).Where(v => v.Length > 0).ToHashSet();
        var expected = member.AvailableTransitions(Domain.Accounts.Role.CellSecretary)
            .Where(t => t.Event != MemberEventKind.Exempted)
            .Select(t => t.Event.ToString()).ToHashSet();
        Assert.Equal(expected, offered);
        Assert.Contains(nameof(MemberEventKind.Died), offered);
        Assert.DoesNotContain(nameof(MemberEventKind.Suspended), offered);

        // Exemption has its own workflow (application, resolution, deciding body): /Exemptions.
        Assert.DoesNotContain(nameof(MemberEventKind.Exempted), offered);
    }

    [Fact]
    public async Task An_exemption_posted_here_is_refused_because_it_goes_through_the_exemption_pages()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await ActiveMemberOfAsync(DemoUnits.TongHopCell, 1);

        var response = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Event"] = nameof(MemberEventKind.Exempted),
            ["Input.EffectiveDate"] = "02/11/2026",
            ["Input.BasisNumber"] = "15-NQ/CB",
            ["Input.BasisDate"] = "02/11/2026",
            ["Input.BasisIssuer"] = "Chi bộ Phòng Tổng hợp",
            ["Input.Reason"] = "Tuổi cao, sức khỏe yếu",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).FieldError("Input.Event"));
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(ActivityStatus.Active, after.Status);
        Assert.Equal(member.EventCount, after.EventCount);
    }

    [Fact]
    public async Task A_change_the_role_may_not_record_is_refused_even_when_posted_directly()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await ActiveMemberOfAsync(DemoUnits.TongHopCell, 2);

        var response = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Event"] = nameof(MemberEventKind.Suspended),
            ["Input.EffectiveDate"] = "02/11/2026",
            ["Input.BasisNumber"] = "1-QĐ/UBKT",
            ["Input.BasisDate"] = "02/11/2026",
            ["Input.BasisIssuer"] = "Ủy ban Kiểm tra",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.NotNull(document.FieldError("Input.Event"));
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(ActivityStatus.Active, after.Status);
        Assert.Equal(member.EventCount, after.EventCount);
    }

    [Fact]
    public async Task A_change_that_needs_a_decision_is_refused_without_one()
    {
        var client = await app.As(DemoAccounts.Board);
        var member = await ActiveMemberOfAsync(DemoUnits.TongHopCell, 3);
        var hanhChinh = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.VanPhongHanhChinhCell));

        // A move between cells rests on a decision (a transfer out starts only on the transfer pages, with its letter).
        var response = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Event"] = nameof(MemberEventKind.InternalTransfer),
            ["Input.TargetUnitId"] = hanhChinh.Id.ToString(),
            ["Input.EffectiveDate"] = "02/11/2026",
        });

        var document = await AppClient.ParseAsync(response);
        Assert.Contains("cần có căn cứ", document.FieldError("Input.BasisNumber"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grassroots_secretary_moves_a_member_between_cells_of_the_committee_but_not_outside_it()
    {
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var member = await ActiveMemberOfAsync(DemoUnits.TongHopCell, 4);
        var hanhChinh = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.VanPhongHanhChinhCell));
        var outside = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoMembers.TranVanDaoCell));
        var fields = new Dictionary<string, string>
        {
            ["Input.Event"] = nameof(MemberEventKind.InternalTransfer),
            ["Input.EffectiveDate"] = "03/11/2026",
            ["Input.BasisNumber"] = "20-QĐ/ĐU",
            ["Input.BasisDate"] = "03/11/2026",
            ["Input.BasisIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
            ["Input.TargetUnitId"] = outside.Id.ToString(),
        };

        var refused = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.TargetUnitId"));

        fields["Input.TargetUnitId"] = hanhChinh.Id.ToString();
        var moved = await client.SubmitAsync($"/Members/ChangeStatus/{member.Id}", "main form", fields);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(hanhChinh.Id, after.HomeUnitId);
    }
}

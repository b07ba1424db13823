using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Meetings.MeetingTestData;

namespace PartyMembers.Web.Tests.Meetings;

[Collection(AppCollection.Name)]
public sealed class MeetingReportTests(AppFixture app)
{
    [Fact]
    public async Task The_grassroots_home_lists_the_cell_without_last_months_regular_meeting_and_not_the_others()
    {
        var (response, page) = await (await app.As(DemoAccounts.GrassrootsVanPhong)).GetPageAsync("/Grassroots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gaps = page.QuerySelector("[data-testid=meeting-gaps]")!;
        var hanhChinh = await app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoMeetings.CellWithoutLastMonth).Select(u => u.Id).SingleAsync());
        var row = gaps.QuerySelector($"tr[data-unit='{hanhChinh}']");
        Assert.NotNull(row);
        Assert.Contains("Chưa sinh hoạt", row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(gaps.QuerySelector($"tr[data-unit='{app.Data.TongHopCell}']"));
    }

    [Fact]
    public async Task The_cell_secretarys_home_shows_the_own_cells_state()
    {
        var (_, page) = await (await app.As(DemoAccounts.CellTongHop)).GetPageAsync("/Cell");

        var rows = page.QuerySelectorAll("[data-testid=meeting-gaps] tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(app.Data.TongHopCell.ToString(), row.GetAttribute("data-unit"));
        Assert.Contains("Đã sinh hoạt", row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cells_report_gives_each_members_rate_from_the_recorded_roll_calls()
    {
        var start = Today.AddDays(-183);
        var expected = await app.Factory.WithDbAsync(async db =>
        {
            var lines = await (from a in db.MeetingAttendance
                               join m in db.Meetings on a.MeetingId equals m.Id
                               where m.UnitId == app.Data.TongHopCell && !m.IsCancelled && m.Date >= start && a.MemberId == app.Data.TongHopMember
                               select a.Status).ToListAsync();
            return AttendanceRate.From(lines.GroupBy(s => s).Select(g => (g.Key, g.Count())));
        });
        Assert.True(expected.Expected > 0);

        var client = await app.As(DemoAccounts.CellTongHop);
        var (response, page) = await client.GetPageAsync($"/Meetings/Report?unit={app.Data.TongHopCell}&From={D(183)}&To={D(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"[data-testid=member-rates] tr[data-member='{app.Data.TongHopMember}']")!;
        var cells = row.QuerySelectorAll("td");
        Assert.Equal(expected.Present.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1].TextContent.Trim());
        Assert.Equal(expected.Percent!.Value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " %", cells[5].TextContent.Trim());

        // The member's own page counts every meeting the member was on the roll-call of, the organisation's study
        // sessions included.
        var everywhere = await app.Factory.WithDbAsync(db => (from a in db.MeetingAttendance
                                                              join m in db.Meetings on a.MeetingId equals m.Id
                                                              where !m.IsCancelled && m.Date >= start && a.MemberId == app.Data.TongHopMember
                                                              select a.Id).CountAsync());
        Assert.True(everywhere > expected.Expected + expected.Exempt + expected.AwayOnTransfer);
        var (_, member) = await client.GetPageAsync($"/Meetings/MemberRate/{app.Data.TongHopMember}?From={D(183)}&To={D(0)}");
        Assert.Equal(everywhere, member.QuerySelectorAll("[data-testid=member-lines] tbody tr").Length);
    }

    [Fact]
    public async Task The_grassroots_report_gives_a_rate_per_unit_and_a_reversed_period_is_refused_beside_the_field()
    {
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var committee = await app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.VanPhongCommittee).Select(u => u.Id).SingleAsync());
        var (_, page) = await client.GetPageAsync($"/Meetings/Report?unit={committee}&From={D(183)}&To={D(0)}");
        var units = page.QuerySelectorAll("[data-testid=unit-rates] tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Contains(app.Data.TongHopCell.ToString(), units);
        Assert.Contains(committee.ToString(), units);

        var (reversed, shown) = await client.GetPageAsync($"/Meetings/Report?unit={committee}&From={D(0)}&To={D(10)}");
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        Assert.Equal("Ngày bắt đầu không được sau ngày kết thúc.", shown.FieldError("From"));
        Assert.Null(shown.QuerySelector("[data-testid=unit-rates]"));
    }

    [Fact]
    public async Task A_cancelled_meeting_no_longer_counts_in_the_rates()
    {
        var id = await RecordAsync(app, "Chủ trì hủy khỏi tỷ lệ");
        var client = await app.As(DemoAccounts.CellTongHop);
        var url = $"/Meetings/Attendance/{id}";
        var (_, roll) = await client.GetPageAsync(url);
        await client.PostFormAsync(roll.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!, url, new Dictionary<string, string>());
        var member = Guid.Parse(roll.QuerySelector("[data-testid=roll-call] > li")!.GetAttribute("data-member")!);
        async Task<int> Lines() => (await client.GetPageAsync($"/Meetings/MemberRate/{member}?From={D(3)}&To={D(3)}")).Document
            .QuerySelectorAll("[data-testid=member-lines] tbody tr").Count(r => r.QuerySelector($"a[href='/Meetings/Details/{id}']") is not null);
        Assert.Equal(1, await Lines());

        await client.SubmitAsync($"/Meetings/Cancel/{id}", "main form", new Dictionary<string, string> { ["Reason"] = "Nhập nhầm" });

        Assert.Equal(0, await Lines());
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Meetings.MeetingTestData;

namespace PartyMembers.Web.Tests.Meetings;

[Collection(AppCollection.Name)]
public sealed class MeetingAttendanceTests(AppFixture app)
{
    [Fact]
    public async Task The_roll_call_lists_the_cells_counted_members_with_defaults_from_their_status()
    {
        var id = await RecordAsync(app, "Chủ trì điểm danh mặc định");
        var (response, page) = await (await app.As(DemoAccounts.CellTongHop)).GetPageAsync($"/Meetings/Attendance/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking()
            .Where(m => (m.HomeUnitId == app.Data.TongHopCell || m.TemporaryUnitId == app.Data.TongHopCell) && !RosterMember.OffRoster.Contains(m.Status))
            .Select(m => new { m.Id, m.Status, m.HomeUnitId }).ToListAsync());
        var lines = page.QuerySelectorAll("[data-testid=roll-call] > li");
        Assert.Equal(expected.Count, lines.Length);
        foreach (var member in expected)
        {
            var line = lines.Single(l => l.GetAttribute("data-member") == member.Id.ToString());
            var chosen = line.QuerySelector("input[type=radio]:checked")?.GetAttribute("value");
            var want = member.HomeUnitId != app.Data.TongHopCell ? "Present"
                : member.Status == ActivityStatus.TemporarilyAway ? "AwayOnTransfer"
                : member.Status is ActivityStatus.Exempt or ActivityStatus.TemporarilyExempt ? "Exempt" : "Present";
            Assert.Equal(want, chosen);
        }
    }

    [Fact]
    public async Task A_member_of_another_cell_is_refused_beside_the_line_and_nothing_is_saved()
    {
        var id = await RecordAsync(app, "Chủ trì điểm danh người ngoài");
        var client = await app.As(DemoAccounts.CellTongHop);

        var response = await client.SubmitAsync($"/Meetings/Attendance/{id}", "main form",
            new Dictionary<string, string> { ["Entries[0].MemberId"] = app.Data.OutsideMember.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await AppClient.ParseAsync(response);
        Assert.Contains("không phải đảng viên của chi bộ", shown.FieldError("Entries[0].MemberId"), StringComparison.Ordinal);
        var saved = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Attendance).SingleAsync(m => m.Id == id));
        Assert.False(saved.AttendanceRecorded);
        Assert.Empty(saved.Attendance);
    }

    [Fact]
    public async Task Absent_with_reason_without_the_reason_is_refused_beside_the_line()
    {
        var id = await RecordAsync(app, "Chủ trì vắng thiếu lý do");
        var client = await app.As(DemoAccounts.CellTongHop);

        var response = await client.SubmitAsync($"/Meetings/Attendance/{id}", "main form",
            new Dictionary<string, string> { ["Entries[0].Status"] = "AbsentWithReason", ["Entries[0].Reason"] = " " });

        Assert.Equal("Vắng có lý do: xin ghi lý do.", (await AppClient.ParseAsync(response)).FieldError("Entries[0].Reason"));
        Assert.False(await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.AttendanceRecorded).SingleAsync()));
    }

    [Fact]
    public async Task A_valid_roll_call_is_saved_and_a_correction_needs_its_reason()
    {
        var id = await RecordAsync(app, "Chủ trì điểm danh hợp lệ");
        var client = await app.As(DemoAccounts.CellTongHop);
        var url = $"/Meetings/Attendance/{id}";
        var (_, page) = await client.GetPageAsync(url);
        var first = page.QuerySelector("[data-testid=roll-call] > li")!.GetAttribute("data-member")!;

        var saved = await client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!, url,
            new Dictionary<string, string> { ["Entries[0].Status"] = "AbsentWithReason", ["Entries[0].Reason"] = "Đi công tác tỉnh" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.Attendance)
            .SingleAsync(a => a.MemberId == Guid.Parse(first)));
        Assert.Equal((AttendanceStatus.AbsentWithReason, "Đi công tác tỉnh"), (line.Status, line.Reason));

        var refused = await client.SubmitAsync(url, "main form", new Dictionary<string, string> { ["Entries[0].Status"] = "Present" });
        Assert.Equal("Xin ghi lý do.", (await AppClient.ParseAsync(refused)).FieldError("CorrectionReason"));

        var corrected = await client.SubmitAsync(url, "main form",
            new Dictionary<string, string> { ["Entries[0].Status"] = "Present", ["CorrectionReason"] = "Đồng chí đến muộn" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var history = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.History)
            .Where(h => h.Kind == MeetingChangeKind.AttendanceRecorded).Select(h => h.Reason).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.Contains("Đồng chí đến muộn", history);
    }

    [Fact]
    public async Task Of_two_roll_calls_posted_from_the_same_version_only_the_first_lands()
    {
        var id = await RecordAsync(app, "Chủ trì điểm danh đồng thời");
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.CellTongHop);
        var url = $"/Meetings/Attendance/{id}";
        var (_, firstPage) = await first.GetPageAsync(url);
        var (_, secondPage) = await second.GetPageAsync(url);

        var won = await first.PostFormAsync(firstPage.QuerySelector<IHtmlFormElement>("main form")!, url,
            new Dictionary<string, string> { ["Entries[0].Status"] = "AbsentWithoutReason" });
        var lost = await second.PostFormAsync(secondPage.QuerySelector<IHtmlFormElement>("main form")!, url,
            new Dictionary<string, string> { ["Entries[0].Status"] = "AbsentWithReason", ["Entries[0].Reason"] = "Ốm" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var lostPage = await AppClient.ParseAsync(lost);
        Assert.Contains("người khác", lostPage.QuerySelector("[data-testid=form-errors]")?.TextContent, StringComparison.Ordinal);
        var member = Guid.Parse(firstPage.QuerySelector("[data-testid=roll-call] > li")!.GetAttribute("data-member")!);
        var status = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.Attendance)
            .Where(a => a.MemberId == member).Select(a => a.Status).SingleAsync());
        Assert.Equal(AttendanceStatus.AbsentWithoutReason, status);
        var changes = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.History)
            .CountAsync(h => h.Kind == MeetingChangeKind.AttendanceRecorded));
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Another_cells_secretary_cannot_open_or_post_the_roll_call()
    {
        var id = await RecordAsync(app, "Chủ trì chi bộ khác vào điểm danh");
        var other = await app.As(DemoAccounts.CellBaoChi);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Meetings/Attendance/{id}")).StatusCode);
        var posted = await other.PostAsync($"/Meetings/Attendance/{id}", new Dictionary<string, string>
        {
            ["Entries[0].MemberId"] = app.Data.TongHopMember.ToString(), ["Entries[0].Status"] = "Present",
        }, "/Meetings");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.False(await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.AttendanceRecorded).SingleAsync()));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Meetings.MeetingTestData;

namespace PartyMembers.Web.Tests.Meetings;

[Collection(AppCollection.Name)]
public sealed class MeetingCreateTests(AppFixture app)
{
    [Fact]
    public async Task The_form_offers_only_the_secretarys_own_units()
    {
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var (response, page) = await client.GetPageAsync("/Meetings/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = page.QuerySelectorAll("select[name=UnitId] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(new[] { DemoUnits.VanPhongCommittee, DemoUnits.VanPhongHanhChinhCell }.Order(), options.Order());
    }

    [Fact]
    public async Task A_valid_meeting_is_saved_with_its_history_and_leads_to_the_roll_call()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var values = Form("Chủ trì ghi nhận hợp lệ");
        values["UnitId"] = app.Data.TongHopCell.ToString();

        var response = await client.SubmitAsync("/Meetings/Create", "main form", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await IdAsync(app, "Chủ trì ghi nhận hợp lệ");
        Assert.Equal($"/Meetings/Attendance/{id}", response.Headers.Location?.OriginalString);
        var saved = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.History).SingleAsync(m => m.Id == id));
        Assert.Equal((app.Data.TongHopCell, MeetingKind.Regular, 95, Today.AddDays(-3)), (saved.UnitId, saved.Kind, saved.DurationMinutes, saved.Date));
        Assert.Equal(MeetingChangeKind.Recorded, Assert.Single(saved.History).Kind);
    }

    [Fact]
    public async Task Missing_and_wrong_fields_are_shown_beside_them_and_nothing_is_saved()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var values = Form("Chủ trì nhập sai");
        values["UnitId"] = app.Data.TongHopCell.ToString();
        values["Input.Kind"] = string.Empty;
        values["Input.Date"] = D(-5);
        values["Input.DurationMinutes"] = "nhiều";

        var response = await client.SubmitAsync("/Meetings/Create", "main form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Xin chọn loại sinh hoạt.", page.FieldError("Input.Kind"));
        Assert.NotNull(page.FieldError("Input.DurationMinutes"));
        Assert.False(await app.Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Chair == "Chủ trì nhập sai")));

        values["Input.Kind"] = "Regular";
        values["Input.DurationMinutes"] = "90";
        var future = await AppClient.ParseAsync(await client.SubmitAsync("/Meetings/Create", "main form", values));
        Assert.Equal("Ngày này không được sau ngày hôm nay.", future.FieldError("Input.Date"));
        Assert.False(await app.Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Chair == "Chủ trì nhập sai")));
    }

    [Fact]
    public async Task A_unit_of_another_cell_posted_in_the_form_is_refused_beside_the_field()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var values = Form("Chủ trì chi bộ khác");
        values["UnitId"] = app.Data.OutsideCell.ToString();

        var response = await client.SubmitAsync("/Meetings/Create", "main form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xin chọn một tổ chức đảng mà đồng chí là bí thư.", (await AppClient.ParseAsync(response)).FieldError("UnitId"));
        Assert.False(await app.Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Chair == "Chủ trì chi bộ khác")));
    }

    [Fact]
    public async Task A_grassroots_committee_records_a_study_session_but_not_a_regular_meeting()
    {
        var client = await app.As(DemoAccounts.GrassrootsVanPhong);
        var committee = await app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.VanPhongCommittee).Select(u => u.Id).SingleAsync());
        var values = Form("Chủ trì đảng bộ", kind: "Regular");
        values["UnitId"] = committee.ToString();

        var refused = await AppClient.ParseAsync(await client.SubmitAsync("/Meetings/Create", "main form", values));
        Assert.Contains("đảng bộ cơ sở chỉ ghi nhận buổi học tập nghị quyết", refused.FieldError("Input.Kind"), StringComparison.Ordinal);

        values["Input.Kind"] = "ResolutionStudy";
        values["Input.StudiedDocument"] = "Nghị quyết 57-NQ/TW";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Meetings/Create", "main form", values)).StatusCode);
        var id = await IdAsync(app, "Chủ trì đảng bộ");

        // Its roll-call lists the members of every cell of the organisation.
        var (_, roll) = await client.GetPageAsync($"/Meetings/Attendance/{id}");
        var expected = await app.Factory.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Id == committee).Select(u => u.Path).SingleAsync();
            var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            return await db.Members.CountAsync(m => units.Contains(m.HomeUnitId) && !RosterMember.OffRoster.Contains(m.Status));
        });
        Assert.Equal(expected, roll.QuerySelectorAll("[data-testid=roll-call] > li").Length);
    }

    [Fact]
    public async Task A_short_meeting_is_saved_and_its_page_warns_with_the_HD42_minimum()
    {
        var id = await RecordAsync(app, "Chủ trì họp ngắn", kind: "RegularAndThematic", minutes: "100");
        var (_, page) = await (await app.As(DemoAccounts.CellTongHop)).GetPageAsync($"/Meetings/Details/{id}");

        Assert.Contains("dưới mức tối thiểu 120 phút", page.QuerySelector("[data-testid=duration-warning]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_reads_meetings_but_cannot_record_one()
    {
        var board = await app.As(DemoAccounts.Board);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/Meetings/Create")).StatusCode);
        var (response, page) = await board.GetPageAsync($"/Meetings/Details/{MeetingsMatrixData.Of(app.Data).TongHopMeeting}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#edit-meeting"));
    }
}

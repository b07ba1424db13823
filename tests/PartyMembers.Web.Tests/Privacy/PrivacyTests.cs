using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Privacy;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Privacy;

/// The personal-data pages through HTTP: every member has a lawful basis, a new one is recorded beside the old, bad
/// input changes nothing, and the organisation board exports a member's data for an access request.
[Collection(AppCollection.Name)]
public sealed class PrivacyTests(AppFixture app)
{
    private Task<Member> TongHopMemberAsync(int skip) => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        return await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Status == ActivityStatus.Active && m.FullName != DemoMembers.Dao)
            .OrderByDescending(m => m.SearchName).Skip(skip).FirstAsync();
    });

    private Task<List<LawfulBasisRecord>> RecordsAsync(Guid memberId) =>
        app.Factory.WithDbAsync(db => db.LawfulBasisRecords.AsNoTracking().Where(r => r.MemberId == memberId).ToListAsync());

    [Fact]
    public async Task Every_demo_member_is_held_on_a_recorded_basis()
    {
        var (demo, without) = await app.Factory.WithDbAsync<(int, int)>(async db =>
        {
            // Members the demo seed made (its events are recorded by "Dữ liệu mẫu", DemoDataGenerator.RecordedBy).
            var seeded = db.Members.Where(m => db.MemberEvents.Any(e => e.MemberId == m.Id && e.RecordedByName == "Dữ liệu mẫu"));
            return (await seeded.CountAsync(), await seeded.CountAsync(m => !db.LawfulBasisRecords.Any(r => r.MemberId == m.Id)));
        });
        Assert.True(demo > 500, $"{demo} demo members");
        Assert.Equal(0, without);
    }

    [Fact]
    public async Task The_page_shows_the_basis_in_force_and_the_classes_of_data()
    {
        var member = await TongHopMemberAsync(0);
        var client = await app.As(DemoAccounts.CellTongHop);
        var (response, page) = await client.GetPageAsync($"/Privacy/Member/{member.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thực hiện Điều lệ Đảng", page.QuerySelector("#basis-in-force")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("TB-DLCN-2026.1", page.QuerySelector("#basis-in-force")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu cá nhân nhạy cảm", page.QuerySelector("#data-categories")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#privacy-record"));
        Assert.Null(page.QuerySelector("#privacy-export"));

        var (_, details) = await client.GetPageAsync($"/Members/Details/{member.Id}");
        Assert.NotNull(details.QuerySelector($"a#member-privacy[href='/Privacy/Member/{member.Id}']"));
    }

    [Fact]
    public async Task A_new_basis_is_added_beside_the_old_and_bad_input_saves_nothing()
    {
        var member = await TongHopMemberAsync(1);
        var client = await app.As(DemoAccounts.CellTongHop);
        var url = $"/Privacy/Record/{member.Id}";
        var before = await RecordsAsync(member.Id);

        var bad = await client.SubmitAsync(url, "form#basis-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "",
            ["Input.Evidence"] = " ",
            ["Input.NoticeVersion"] = "",
            ["Input.EffectiveFrom"] = "31/02/2026",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await AppClient.ParseAsync(bad);
        Assert.NotNull(badPage.FieldError("Input.Kind"));
        Assert.NotNull(badPage.FieldError("Input.Evidence"));
        Assert.NotNull(badPage.FieldError("Input.NoticeVersion"));
        Assert.NotNull(badPage.FieldError("Input.EffectiveFrom"));

        var future = await client.SubmitAsync(url, "form#basis-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Consent",
            ["Input.Evidence"] = "Văn bản đồng ý",
            ["Input.EffectiveFrom"] = "01/01/2099",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Equal("Ngày áp dụng không được sau hôm nay.", (await AppClient.ParseAsync(future)).FieldError("Input.EffectiveFrom"));
        Assert.Equal(before.Count, (await RecordsAsync(member.Id)).Count);

        var saved = await client.SubmitAsync(url, "form#basis-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Consent",
            ["Input.Evidence"] = "Văn bản đồng ý xử lý dữ liệu cá nhân ký ngày hôm nay",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await RecordsAsync(member.Id);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.All(before, old => Assert.Contains(after, r => r.Id == old.Id && r.Evidence == old.Evidence));
        var inForce = LawfulBasisRecord.InForce(after, PartyMembers.Domain.Common.VietnamTime.Today(TimeProvider.System))!;
        Assert.Equal(LawfulBasisKind.Consent, inForce.Kind);
        Assert.Equal(DemoAccounts.CellTongHop, inForce.RecordedByName);
        var (_, page) = await client.GetPageAsync($"/Privacy/Member/{member.Id}");
        Assert.Contains("Sự đồng ý bằng văn bản", page.QuerySelector("#basis-in-force")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_exports_everything_held_about_a_member_naming_the_request()
    {
        var member = await TongHopMemberAsync(2);
        var board = await app.As(DemoAccounts.Board);
        var url = $"/Privacy/Export/{member.Id}";

        var bad = await board.SubmitAsync(url, "form#export-form", new Dictionary<string, string> { ["Input.RequestReference"] = "  " });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(bad)).FieldError("Input.RequestReference"));

        var response = await board.SubmitAsync(url, "form#export-form", new Dictionary<string, string> { ["Input.RequestReference"] = "Đơn yêu cầu số 12 ngày 20/11/2026" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.DoesNotContain(member.PersonalIdNumber, response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = json.RootElement;
        Assert.Equal("Đơn yêu cầu số 12 ngày 20/11/2026", root.GetProperty("requestReference").GetString());
        Assert.Equal(member.FullName, root.GetProperty("member").GetProperty("FullName").GetString());
        Assert.Equal(member.PersonalIdNumber, root.GetProperty("member").GetProperty("PersonalIdNumber").GetString());
        var events = await app.Factory.WithDbAsync(db => db.MemberEvents.CountAsync(e => e.MemberId == member.Id));
        Assert.Equal(events, root.GetProperty("events").GetArrayLength());
        Assert.True(root.GetProperty("lawfulBasis").GetArrayLength() >= 1);
        foreach (var section in new[] { "admissionCases", "meetingAttendance", "feeBases", "feePayments", "feeReliefs", "transfers", "holds", "workAssignments", "exemptions", "study", "audit" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        }

        var attendance = await app.Factory.WithDbAsync(db => db.MeetingAttendance.CountAsync(a => a.MemberId == member.Id));
        Assert.Equal(attendance, root.GetProperty("meetingAttendance").GetArrayLength());

        // The export is in the audit: who, which member, which request; never the data itself.
        var logged = await app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.MemberId == member.Id && a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Export).ToListAsync());
        var row = Assert.Single(logged);
        Assert.Equal(DemoAccounts.Board, row.UserName);
        Assert.Equal("Đơn yêu cầu số 12 ngày 20/11/2026", row.Reason);
        Assert.DoesNotContain(member.FullName, row.Changes + row.Page, StringComparison.Ordinal);

        // The member's own cell secretary reads the page but does not export.
        var secretary = await app.As(DemoAccounts.CellTongHop);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Admission_cases_with_their_whole_dossier_go_into_the_export_form()
    {
        // No demo case has reached the ceremony, so the cases are turned into the export's JSON directly.
        var cases = await app.Factory.WithDbAsync(db => PartyMembers.Web.Features.Privacy.MemberDataExport.WithDossier(db.AdmissionCases.AsNoTracking()).ToListAsync());
        Assert.NotEmpty(cases);
        foreach (var admission in cases)
        {
            using var json = JsonDocument.Parse(PartyMembers.Web.Features.Privacy.MemberDataExport.Serialize(admission));
            Assert.Equal(admission.Steps.Count, json.RootElement.GetProperty("Steps").GetArrayLength());
            Assert.True(admission.Steps.Count > 0);
            Assert.Equal(admission.Stage.ToString(), json.RootElement.GetProperty("Stage").GetString());
        }
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Meetings;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Concurrency;

/// Two people acting on the same record at once (docs/security.md "Integrity under concurrency"): two real HTTP
/// sessions load the same form (same version), then post at the same moment. Exactly one succeeds; the other is told,
/// in Vietnamese, that someone else changed the record and sees its current state; the database holds exactly one
/// resulting change (one history line, one audited update).
[Collection(AppCollection.Name)]
public sealed class RaceTests(AppFixture app)
{
    private const string Concurrency = "người khác";

    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// A member of the Hành chính cell (dangbo.vanphong is its cell secretary and its grassroots committee), taken from
    /// the end of the list so that it is none of the records other tests use.
    private Task<Member> HanhChinhMemberAsync(int skip) => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.VanPhongHanhChinhCell);
        return await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Status == ActivityStatus.Active)
            .OrderByDescending(m => m.SearchName).Skip(skip).FirstAsync();
    });

    private Task<int> AuditedUpdatesAsync(string entity, Guid id) => app.Factory.WithDbAsync(db =>
        db.AuditEntries.CountAsync(a => a.Entity == entity && a.Action == AuditAction.Update
                                        && (a.EntityKey.Contains(id.ToString()) || a.EntityKey.Contains(id.ToString("N")))));

    /// Both sessions GET <paramref name="url"/>, then both post their values at once.
    private static async Task<HttpResponseMessage[]> RaceAsync(
        AppClient first, AppClient second, string url, IReadOnlyDictionary<string, string> firstValues, IReadOnlyDictionary<string, string> secondValues)
    {
        var (firstGet, firstPage) = await first.GetPageAsync(url);
        var (secondGet, secondPage) = await second.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, firstGet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondGet.StatusCode);
        var firstForm = firstPage.QuerySelector<IHtmlFormElement>("main form")!;
        var secondForm = secondPage.QuerySelector<IHtmlFormElement>("main form")!;
        return await Task.WhenAll(first.PostFormAsync(firstForm, url, firstValues), second.PostFormAsync(secondForm, url, secondValues));
    }

    /// One response is the redirect of a save; the other the form again with the concurrency message. Returns the index
    /// of the winner.
    private static async Task<int> OneWinsAsync(HttpResponseMessage[] responses, string? loserMessage = Concurrency)
    {
        var codes = responses.Select(r => r.StatusCode).ToArray();
        Assert.True(codes.Count(c => c == HttpStatusCode.Redirect) == 1, "expected exactly one save, got " + string.Join(", ", codes));
        var winner = Array.FindIndex(codes, c => c == HttpStatusCode.Redirect);
        var loser = responses[1 - winner];
        Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
        var page = await AppClient.ParseAsync(loser);
        if (loserMessage is not null)
        {
            Assert.Contains(loserMessage, page.Text(), StringComparison.Ordinal);
        }

        return winner;
    }

    [Fact]
    public async Task Two_edits_of_the_same_member_at_once_one_saves_the_other_is_told_and_shown_the_current_record()
    {
        var member = await HanhChinhMemberAsync(0);
        var first = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var second = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var auditBefore = await AuditedUpdatesAsync("Member", member.Id);
        string[] residences = ["Phường Thành Sen, tỉnh Hà Tĩnh (A)", "Phường Trần Phú, tỉnh Hà Tĩnh (B)"];

        var responses = await RaceAsync(first, second, $"/Members/Edit/{member.Id}",
            new Dictionary<string, string> { ["Input.Residence"] = residences[0], ["Input.Reason"] = "Sửa thứ nhất" },
            new Dictionary<string, string> { ["Input.Residence"] = residences[1], ["Input.Reason"] = "Sửa thứ hai" });

        var winner = await OneWinsAsync(responses);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(residences[winner], after.Residence);
        Assert.NotEqual(member.Version, after.Version);
        Assert.Equal(auditBefore + 1, await AuditedUpdatesAsync("Member", member.Id));

        // The loser's form now shows the current record and carries its version, ready for another try.
        var loserPage = await AppClient.ParseAsync(responses[1 - winner]);
        Assert.Equal(residences[winner], loserPage.QuerySelector<IHtmlInputElement>("input[name='Input.Residence']")!.Value);
        Assert.Equal(after.Version.ToString(), loserPage.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value);
    }

    [Fact]
    public async Task Two_status_changes_of_the_same_member_at_once_give_one_history_line()
    {
        var member = await HanhChinhMemberAsync(1);
        var first = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var second = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var eventsBefore = await app.Factory.WithDbAsync(db => db.MemberEvents.CountAsync(e => e.MemberId == member.Id));
        Dictionary<string, string> Died(string reason) => new()
        {
            ["Input.Event"] = nameof(MemberEventKind.Died),
            ["Input.EffectiveDate"] = D(1),
            ["Input.BasisNumber"] = "7-TB/CB",
            ["Input.BasisDate"] = D(1),
            ["Input.BasisIssuer"] = "Chi bộ Phòng Hành chính - Tổ chức",
            ["Input.Reason"] = reason,
        };

        var responses = await RaceAsync(first, second, $"/Members/ChangeStatus/{member.Id}", Died("Báo tử lần một"), Died("Báo tử lần hai"));

        await OneWinsAsync(responses);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(ActivityStatus.Deceased, after.Status);
        Assert.Equal(eventsBefore + 1, await app.Factory.WithDbAsync(db => db.MemberEvents.CountAsync(e => e.MemberId == member.Id)));
        Assert.Equal(member.EventCount + 1, after.EventCount);
    }

    [Fact]
    public async Task Two_withdrawals_of_the_same_admission_case_at_once_close_it_once()
    {
        var creator = await app.As(DemoAccounts.CellTongHop);
        var pid = PersonalIds.For(new DateOnly(1998, 8, 18), Sex.Female);
        var created = await creator.SubmitAsync("/Admission/Create", "main form", new Dictionary<string, string>
        {
            ["Input.CellId"] = app.Data.TongHopCell.ToString(),
            ["Input.FullName"] = "Phan Thị Đua Tranh",
            ["Input.Sex"] = "Female",
            ["Input.DateOfBirth"] = "18/08/1998",
            ["Input.PersonalIdNumber"] = pid,
            ["Input.IntroducedOn"] = D(30),
            ["Input.Education"] = "University",
            ["Input.Source"] = "TradeUnion",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.PersonalIdNumber == pid).Select(c => c.Id).SingleAsync());
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.GrassrootsVanPhong);

        var responses = await RaceAsync(first, second, $"/Admission/Withdraw/{id}",
            new Dictionary<string, string> { ["Input.Date"] = D(0), ["Input.Reason"] = "Quần chúng xin rút (chi bộ ghi)" },
            new Dictionary<string, string> { ["Input.Date"] = D(0), ["Input.Reason"] = "Quần chúng xin rút (đảng ủy ghi)" });

        // The loser is told someone else saved first: on the form (both saved at the same moment), or on the case's page
        // when the winner had already moved the case on before the loser's save was read.
        var clients = new[] { first, second };
        var told = 0;
        for (var i = 0; i < 2; i++)
        {
            var response = responses[i];
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, "got " + (int)response.StatusCode);
            var text = response.StatusCode == HttpStatusCode.OK
                ? (await AppClient.ParseAsync(response)).Text()
                : (await clients[i].GetPageAsync(response.Headers.Location!.OriginalString)).Document.Text();
            told += text.Contains(Concurrency, StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(1, told);
        var steps = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().Where(c => c.Id == id)
            .SelectMany(c => c.Steps).Where(s => s.Action == "Withdraw").CountAsync());
        Assert.Equal(1, steps);
        var stage = await app.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.Id == id).Select(c => c.Stage).SingleAsync());
        Assert.Equal(AdmissionStage.Withdrawn, stage);
    }

    [Fact]
    public async Task A_step_posted_from_a_form_shown_before_the_case_moved_on_is_told_so_on_the_cases_page()
    {
        var creator = await app.As(DemoAccounts.CellTongHop);
        var pid = PersonalIds.For(new DateOnly(1996, 6, 16), Sex.Male);
        var created = await creator.SubmitAsync("/Admission/Create", "main form", new Dictionary<string, string>
        {
            ["Input.CellId"] = app.Data.TongHopCell.ToString(),
            ["Input.FullName"] = "Võ Văn Đến Sau",
            ["Input.Sex"] = "Male",
            ["Input.DateOfBirth"] = "16/06/1996",
            ["Input.PersonalIdNumber"] = pid,
            ["Input.IntroducedOn"] = D(30),
            ["Input.Education"] = "University",
            ["Input.Source"] = "TradeUnion",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.PersonalIdNumber == pid).Select(c => c.Id).SingleAsync());
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var url = $"/Admission/Withdraw/{id}";
        var (_, firstPage) = await first.GetPageAsync(url);
        var (_, secondPage) = await second.GetPageAsync(url);

        var won = await first.PostFormAsync(firstPage.QuerySelector<IHtmlFormElement>("main form")!, url,
            new Dictionary<string, string> { ["Input.Date"] = D(0), ["Input.Reason"] = "Xin rút" });
        var late = await second.PostFormAsync(secondPage.QuerySelector<IHtmlFormElement>("main form")!, url,
            new Dictionary<string, string> { ["Input.Date"] = D(0), ["Input.Reason"] = "Xin rút (muộn)" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal($"/Admission/Details/{id}", late.Headers.Location!.OriginalString);
        var (_, current) = await second.GetPageAsync(late.Headers.Location.OriginalString);
        Assert.Contains(Concurrency, current.QuerySelector("[data-testid=status-message]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(current.QuerySelector("[data-testid=case-stage]")!.TextContent.Trim());
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().Where(c => c.Id == id)
            .SelectMany(c => c.Steps).CountAsync(s => s.Action == "Withdraw")));
    }

    [Fact]
    public async Task Two_edits_of_the_same_meeting_at_once_keep_one_change_in_its_history()
    {
        var chair = "Đồng chí Đua Họp " + Guid.NewGuid().ToString("N")[..6];
        var id = await MeetingTestData.RecordAsync(app, chair);
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.CellTongHop);
        var auditBefore = await AuditedUpdatesAsync("Meeting", id);

        var responses = await RaceAsync(first, second, $"/Meetings/Edit/{id}",
            new Dictionary<string, string> { ["Input.DurationMinutes"] = "100", ["Reason"] = "Sửa thời lượng (một)" },
            new Dictionary<string, string> { ["Input.DurationMinutes"] = "110", ["Reason"] = "Sửa thời lượng (hai)" });

        var winner = await OneWinsAsync(responses);
        var minutes = await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.DurationMinutes).SingleAsync());
        Assert.Equal(winner == 0 ? 100 : 110, minutes);
        Assert.Equal(auditBefore + 1, await AuditedUpdatesAsync("Meeting", id));
    }
}

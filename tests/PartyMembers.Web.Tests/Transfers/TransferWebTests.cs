using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Statistics;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Transfers;

/// The transfer pages through HTTP as their users: each on a member created for the test (the demo transfers are left
/// to the authorization matrix), bad input refused beside its field with nothing saved, steps by the wrong role or
/// unit refused, and counts as of each date after moving a member there and back.
[Collection(AppCollection.Name)]
public sealed class TransferWebTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_internal_transfer_goes_from_request_to_acceptance_and_the_member_counts_once_on_every_date()
    {
        var memberId = await NewMemberAsync(DemoUnits.TongHopCell, "Đinh Thị Phương Thảo");
        var toChuc = await UnitIdAsync(DemoUnits.ToChucGrassrootsCell);
        var tongHop = await UnitIdAsync(DemoUnits.TongHopCell);
        var id = await RequestAsync(memberId, new()
        {
            ["Input.Kind"] = "Internal",
            ["Input.Reason"] = "JobChange",
            ["Input.CausedOn"] = D(10),
            ["Input.ToUnitId"] = toChuc.ToString(),
            ["Input.CellComment"] = "Hoàn thành tốt nhiệm vụ.",
        });

        // The receiving secretary cannot accept before the board's letter; another cell's secretary never.
        var toChucClient = await app.As(DemoAccounts.CellToChuc);
        Assert.Equal(HttpStatusCode.Forbidden, (await toChucClient.GetAsync($"/Transfers/Accept/{id}")).StatusCode);
        var baoChi = await app.As(DemoAccounts.CellBaoChi);
        Assert.Equal(HttpStatusCode.Forbidden, (await baoChi.GetAsync($"/Transfers/Details/{id}")).StatusCode);

        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        await StepAsync(grassroots, $"/Transfers/Comment/{id}", new() { ["Input.Date"] = D(0), ["Input.Text"] = "Nhất trí." });

        var board = await app.As(DemoAccounts.Board);
        var (_, issuePage) = await board.GetPageAsync($"/Transfers/Issue/{id}");
        var suggested = issuePage.QuerySelector<IHtmlInputElement>("#Input_Number")!.Value;
        Assert.Matches(@"^\d+-GGT/BTC$", suggested);
        await StepAsync(board, $"/Transfers/Issue/{id}", new() { ["Input.Signer"] = "Phan Thị Thu Hương", ["Input.Date"] = D(0) });
        Assert.Equal(ActivityStatus.Active, await StatusAsync(memberId));

        var letter = await board.GetAsync($"/Transfers/Letter/{id}");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Contains("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG", await letter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var docx = await board.GetAsync($"/Transfers/Letter/{id}?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync($"/Transfers/Letter/{id}?paper=NoticeUpper")).StatusCode);

        // The sending secretary cannot accept on the receiving side.
        var tongHopClient = await app.As(DemoAccounts.CellTongHop);
        Assert.Equal(HttpStatusCode.Forbidden, (await tongHopClient.GetAsync($"/Transfers/Accept/{id}")).StatusCode);
        await StepAsync(toChucClient, $"/Transfers/Accept/{id}", new() { ["Input.Date"] = D(0) });

        var (home, events) = await app.Factory.WithDbAsync(async db => (
            await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.HomeUnitId).SingleAsync(),
            await db.MemberEvents.AsNoTracking().Where(e => e.MemberId == memberId).ToListAsync()));
        Assert.Equal(toChuc, home);
        Assert.Equal(TransferStage.Completed, await StageAsync(id));
        var before = MembershipStatistics.StrengthByUnit(events, Today.AddDays(-1));
        var after = MembershipStatistics.StrengthByUnit(events, Today);
        Assert.Equal(1, before[tongHop].Total);
        Assert.False(before.ContainsKey(toChuc));
        Assert.Equal(1, after[toChuc].Total);
        Assert.False(after.ContainsKey(tongHop));
        Assert.Contains(events, e => e.Kind == MemberEventKind.InternalTransfer && e.Basis?.DocumentNumber == suggested);

        // The history of the case is on its page, and the new cell's secretary now sees the member.
        var (_, details) = await toChucClient.GetPageAsync($"/Transfers/Details/{id}");
        Assert.Equal(4, details.QuerySelectorAll("[data-testid=transfer-history] tbody tr").Length);
        Assert.Equal(HttpStatusCode.OK, (await toChucClient.GetAsync($"/Members/Details/{memberId}")).StatusCode);
    }

    [Fact]
    public async Task A_temporary_period_outside_its_bounds_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var memberId = await NewMemberAsync(DemoUnits.TongHopCell, "Lưu Văn Đạt");
        var client = await app.As(DemoAccounts.CellTongHop);
        var response = await client.SubmitAsync($"/Transfers/Request?memberId={memberId}", "main form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Temporary",
            ["Input.Reason"] = "Residence",
            ["Input.Destination"] = "Đảng bộ xã Cẩm Xuyên",
            ["Input.PeriodFrom"] = D(0),
            ["Input.PeriodTo"] = Today.AddMonths(2).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["Input.CellComment"] = "Đi công tác.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("3 tháng", page.FieldError("Input.PeriodTo"), StringComparison.Ordinal);
        Assert.False(await app.Factory.WithDbAsync(db => db.TransferCases.AnyAsync(c => c.MemberId == memberId)));
    }

    [Fact]
    public async Task A_temporary_transfer_starts_with_its_letter_keeps_the_member_at_home_and_returns()
    {
        var memberId = await NewMemberAsync(DemoUnits.TongHopCell, "Tạ Minh Khang");
        var hanhChinh = await UnitIdAsync(DemoUnits.VanPhongHanhChinhCell);
        var tongHop = await UnitIdAsync(DemoUnits.TongHopCell);
        var id = await RequestAsync(memberId, new()
        {
            ["Input.Kind"] = "Temporary",
            ["Input.Reason"] = "Secondment",
            ["Input.ToUnitId"] = hanhChinh.ToString(),
            ["Input.PeriodFrom"] = D(0),
            ["Input.PeriodTo"] = Today.AddMonths(6).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["Input.CellComment"] = "Biệt phái 6 tháng.",
        });
        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        await StepAsync(grassroots, $"/Transfers/Issue/{id}", new() { ["Input.Signer"] = "Bí thư Đảng ủy", ["Input.Date"] = D(0) });
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        Assert.Equal(ActivityStatus.TemporarilyAway, member.Status);
        Assert.Equal(tongHop, member.HomeUnitId);
        Assert.Equal(hanhChinh, member.TemporaryUnitId);

        // An extension of a year or more is refused beside its field.
        var refused = await grassroots.SubmitAsync($"/Transfers/Extend/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.NewEnd"] = Today.AddMonths(19).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.NewEnd"));

        var cell = await app.As(DemoAccounts.CellTongHop);
        await StepAsync(cell, $"/Transfers/Return/{id}", new() { ["Input.Date"] = D(0) });
        Assert.Equal(ActivityStatus.Active, await StatusAsync(memberId));
        Assert.Equal(TransferStage.Returned, await StageAsync(id));
    }

    [Fact]
    public async Task An_open_inspection_bars_an_official_transfer_until_the_board_closes_it()
    {
        var memberId = await NewMemberAsync(DemoUnits.TongHopCell, "Cao Thị Hồng Vân");
        var inspection = await app.As(DemoAccounts.Inspection);
        await StepAsync(inspection, $"/Transfers/Holds/{memberId}", new()
        {
            ["Input.Kind"] = "Inspection", ["Input.Reference"] = "Quyết định kiểm tra 15-QĐ/UBKT", ["Input.OpenedOn"] = D(5),
        }, "form[action*='handler=Open']");

        var cell = await app.As(DemoAccounts.CellTongHop);
        Assert.Equal(HttpStatusCode.Forbidden, (await cell.PostAsync($"/Transfers/Holds/{memberId}?handler=Open", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Complaint", ["Input.Reference"] = "Đơn", ["Input.OpenedOn"] = D(1),
        }, $"/Transfers/Holds/{memberId}")).StatusCode);

        var official = new Dictionary<string, string>
        {
            ["Input.Kind"] = "OfficialOut",
            ["Input.Reason"] = "Residence",
            ["Input.CausedOn"] = D(3),
            ["Input.Destination"] = "Đảng bộ phường Trường Vinh, tỉnh Nghệ An",
            ["Input.CellComment"] = "Chuyển về nơi cư trú.",
        };
        var refused = await cell.SubmitAsync($"/Transfers/Request?memberId={memberId}", "main form", official);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("6.3.1đ", (await AppClient.ParseAsync(refused)).Text(), StringComparison.Ordinal);
        Assert.False(await app.Factory.WithDbAsync(db => db.TransferCases.AnyAsync(c => c.MemberId == memberId)));

        var board = await app.As(DemoAccounts.Board);
        await StepAsync(board, $"/Transfers/Holds/{memberId}", new() { ["Closing.ClosedOn"] = D(0) }, "form[action*='handler=Close']");
        var id = await RequestAsync(memberId, official);

        // Through comment and letter (with both notices) to the confirmed arrival: the member leaves the count.
        await StepAsync(await app.As(DemoAccounts.GrassrootsVanPhong), $"/Transfers/Comment/{id}", new() { ["Input.Text"] = "Nhất trí." });
        await StepAsync(board, $"/Transfers/Issue/{id}", new()
        {
            ["Input.Signer"] = "Phan Thị Thu Hương", ["Input.ReceivingUpperCommittee"] = "Đảng ủy phường Trường Vinh",
            ["Input.ReceivingGrassroots"] = "Chi bộ khối 5",
        });
        Assert.Equal(ActivityStatus.TransferringOut, await StatusAsync(memberId));
        var notice = await board.GetAsync($"/Transfers/Letter/{id}?paper=NoticeGrassroots");
        Assert.Contains("PHIẾU BÁO", await notice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await StepAsync(board, $"/Transfers/Arrival/{id}", new() { ["Input.Date"] = D(0) });
        Assert.Equal(ActivityStatus.TransferredOut, await StatusAsync(memberId));
    }

    [Fact]
    public async Task A_letter_number_used_by_the_issuer_this_year_is_refused_beside_the_field()
    {
        var first = await ToLetterAsync("Mai Xuân Trường");
        var second = await ToCommentedAsync("Mai Thị Thu");
        var used = await app.Factory.WithDbAsync(db => db.TransferCases.Where(c => c.Id == first).Select(c => c.LetterNumber!).SingleAsync());
        var board = await app.As(DemoAccounts.Board);
        var response = await board.SubmitAsync($"/Transfers/Issue/{second}", "main form", new Dictionary<string, string>
        {
            ["Input.Number"] = used, ["Input.Signer"] = "Phan Thị Thu Hương",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).FieldError("Input.Number"));
        Assert.Equal(TransferStage.Commented, await StageAsync(second));
    }

    [Fact]
    public async Task Of_two_comments_posted_from_the_same_version_only_the_first_lands()
    {
        var id = await ToRequestedAsync("Quách Văn Hưng");
        var first = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var second = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var url = $"/Transfers/Comment/{id}";
        var (_, firstPage) = await first.GetPageAsync(url);
        var (_, secondPage) = await second.GetPageAsync(url);
        var won = await first.PostFormAsync(firstPage.QuerySelector<IHtmlFormElement>("main form")!, url, new Dictionary<string, string> { ["Input.Text"] = "Thứ nhất" });
        var lost = await second.PostFormAsync(secondPage.QuerySelector<IHtmlFormElement>("main form")!, url, new Dictionary<string, string> { ["Input.Text"] = "Thứ hai" });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);

        // The step is no longer open: the second is sent to the transfer, told someone else saved first.
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        Assert.Equal($"/Transfers/Details/{id}", lost.Headers.Location?.OriginalString);
        var (_, shown) = await second.GetPageAsync($"/Transfers/Details/{id}");
        Assert.Contains("người khác", shown.Text(), StringComparison.Ordinal);
        var comment = await app.Factory.WithDbAsync(db => db.TransferCases.Where(c => c.Id == id).Select(c => c.GrassrootsComment).SingleAsync());
        Assert.Equal("Thứ nhất", comment);
    }

    [Fact]
    public async Task An_incoming_notice_past_3_months_is_on_the_board_dashboard_and_is_flagged_with_its_evidence()
    {
        var board = await app.As(DemoAccounts.Board);
        var tongHop = await UnitIdAsync(DemoUnits.TongHopCell);
        var created = await board.SubmitAsync("/Transfers/Notice", "main form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Phùng Thị Lệ Hằng", ["Input.Sex"] = "Female", ["Input.DateOfBirth"] = "02/03/1990",
            ["Input.SenderOrganisation"] = "Đảng ủy Khối cơ quan tỉnh Quảng Bình", ["Input.NoticeNumber"] = "77-PB/BTC",
            ["Input.NoticeDate"] = D(120), ["Input.ReceivedOn"] = D(110), ["Input.ToUnitId"] = tongHop.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.Factory.WithDbAsync(db => db.TransferCases.Where(c => c.NoticeNumber == "77-PB/BTC").Select(c => c.Id).SingleAsync());

        var (_, home) = await board.GetPageAsync("/Board");
        Assert.Contains(home.QuerySelectorAll("[data-testid=transfer-watch] a"), a => a.GetAttribute("href") == $"/Transfers/Details/{id}");

        // A cell secretary may not flag; the board may.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As(DemoAccounts.CellTongHop)).GetAsync($"/Transfers/Flag/{id}")).StatusCode);
        await StepAsync(board, $"/Transfers/Flag/{id}", new());
        var flagged = await app.Factory.WithDbAsync(db => db.TransferCases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(TransferStage.FlaggedForRemoval, flagged.Stage);
        Assert.Contains("77-PB/BTC", flagged.FlagEvidence, StringComparison.Ordinal);

        // The file arrives after all: the cell accepts and the member's party age runs from the file's dates.
        var cell = await app.As(DemoAccounts.CellTongHop);
        await StepAsync(cell, $"/Transfers/Receive/{id}", new()
        {
            ["Input.PersonalIdNumber"] = PersonalIds.For(new DateOnly(1990, 3, 2), Sex.Female),
            ["Input.AdmissionDecisionDate"] = "01/04/2015", ["Input.CeremonyDate"] = "15/05/2015", ["Input.OfficialDate"] = "15/05/2016",
        });
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.FullName == "Phùng Thị Lệ Hằng"));
        Assert.Equal(tongHop, member.HomeUnitId);
        Assert.Equal(new DateOnly(2016, 5, 15), member.OfficialDate);
    }

    [Fact]
    public async Task The_generic_status_page_no_longer_offers_starting_a_transfer()
    {
        var memberId = await NewMemberAsync(DemoUnits.TongHopCell, "Lò Văn Sáng");
        var (_, page) = await (await app.As(DemoAccounts.Board)).GetPageAsync($"/Members/ChangeStatus/{memberId}");
        var offered = page.QuerySelectorAll("select[name='Input.Event'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(nameof(MemberEventKind.Died), offered);
        Assert.DoesNotContain(nameof(MemberEventKind.TemporaryTransferStarted), offered);
        Assert.DoesNotContain(nameof(MemberEventKind.TransferOutStarted), offered);
    }

    private async Task<Guid> ToRequestedAsync(string name) => await RequestAsync(await NewMemberAsync(DemoUnits.TongHopCell, name), new()
    {
        ["Input.Kind"] = "Internal", ["Input.Reason"] = "JobChange", ["Input.CausedOn"] = D(5),
        ["Input.ToUnitId"] = (await UnitIdAsync(DemoUnits.VanPhongHanhChinhCell)).ToString(), ["Input.CellComment"] = "Tốt.",
    });

    private async Task<Guid> ToCommentedAsync(string name)
    {
        var id = await ToRequestedAsync(name);
        await StepAsync(await app.As(DemoAccounts.GrassrootsVanPhong), $"/Transfers/Comment/{id}", new() { ["Input.Text"] = "Nhất trí." });
        return id;
    }

    private async Task<Guid> ToLetterAsync(string name)
    {
        var id = await ToCommentedAsync(name);
        await StepAsync(await app.As(DemoAccounts.Board), $"/Transfers/Issue/{id}", new() { ["Input.Signer"] = "Phan Thị Thu Hương" });
        return id;
    }

    private async Task<Guid> RequestAsync(Guid memberId, Dictionary<string, string> values)
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var response = await cell.SubmitAsync($"/Transfers/Request?memberId={memberId}", "main form", values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await Errors(response));
        return await app.Factory.WithDbAsync(db => db.TransferCases.Where(c => c.MemberId == memberId).OrderByDescending(c => c.RequestedOn)
            .Select(c => c.Id).FirstAsync());
    }

    private static async Task StepAsync(AppClient client, string url, Dictionary<string, string> values, string form = "main form")
    {
        var response = await client.SubmitAsync(url, form, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode} {await Errors(response)}");
    }

    private static async Task<string> Errors(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
            ? string.Join(" | ", (await AppClient.ParseAsync(response)).QuerySelectorAll(".field-validation-error, .validation-summary-errors").Select(e => e.TextContent.Trim()))
            : string.Empty;

    private Task<Guid> UnitIdAsync(string name) => app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<ActivityStatus> StatusAsync(Guid memberId) =>
        app.Factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Status).SingleAsync());

    private Task<TransferStage> StageAsync(Guid id) => app.Factory.WithDbAsync(db => db.TransferCases.Where(c => c.Id == id).Select(c => c.Stage).SingleAsync());

    /// A member of the cell, official since 2016, registered directly (the registry page has its own tests).
    private Task<Guid> NewMemberAsync(string cellName, string name) => app.Factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Name == cellName);
        var dob = new DateOnly(1988, 1 + (name.Length % 12), 1 + (name.Length % 27));
        var member = new MemberBuilder().Named(name).BornOn(dob).WithPersonalId(PersonalIds.For(dob, Sex.Male)).WithResumeNumber(null)
            .InUnit(unit.Id, UnitType.Cell).RecordedBy(Role.OrganisationBoard).On(Today).Build();
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    });
}

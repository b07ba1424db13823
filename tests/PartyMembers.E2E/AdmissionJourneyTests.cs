using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 3: a secretary takes a candidate from the register through the course, the dossier, verification and the
/// cell vote; the grassroots committee resolves; the board appraises; the standing committee decides; the secretary
/// records the ceremony and the person appears as a probationary member; with the clock moved 12 months on, the same
/// chain recognises the member, who becomes official on the ceremony date plus 12 months.
[Trait("Category", "E2E")]
public sealed class AdmissionJourneyTests(E2EFixture app) : BrowserTest(app)
{
    private const string Name = "Nguyễn Hoàng Phúc Hậu";

    [Fact]
    public async Task A_candidate_goes_from_the_register_to_official_membership()
    {
        var today = VietnamTime.Today(App.Clock);
        string D(int days) => today.AddDays(days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var pid = PersonalIds.For(new DateOnly(1999, 4, 15), Sex.Male, serial: 777_123);

        // The cell secretary puts the person on the register.
        var cell = await SignedInAsync(DemoAccounts.CellTongHop);
        await Ui.Menu(cell).GetByRole(AriaRole.Link, new() { Name = "Kết nạp đảng viên", Exact = true }).ClickAsync();
        await Expect(cell).ToHaveURLAsync(new Regex("/Admission$"));
        await Ui.ScreenshotAsync(cell, "admission-list.png");
        await cell.GetByRole(AriaRole.Link, new() { Name = "Thêm quần chúng ưu tú", Exact = true }).ClickAsync();
        await cell.Locator("#Input_FullName").FillAsync(Name);
        await cell.Locator("#Input_Sex").SelectOptionAsync("Male");
        await cell.Locator("#Input_DateOfBirth").FillAsync("15/04/1999");
        await cell.Locator("#Input_PersonalIdNumber").FillAsync(pid);
        await cell.Locator("#Input_IntroducedOn").FillAsync(D(-60));
        await cell.Locator("#Input_Education").SelectOptionAsync("University");
        await cell.Locator("#Input_Source").SelectOptionAsync("YouthUnion");
        await cell.Locator("#Input_SourceDetails").FillAsync("Đoàn cơ sở Văn phòng Tỉnh ủy");
        await cell.Locator("#Input_IsYouthUnionMember").CheckAsync();
        await Save(cell);
        await Expect(cell.GetByTestId("case-name")).ToHaveTextAsync(Name);
        await Expect(cell.GetByTestId("case-stage")).ToHaveTextAsync("Quần chúng ưu tú");
        var id = await App.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.PersonalIdNumber == pid).Select(c => c.Id).SingleAsync());
        Assert.DoesNotContain(pid, cell.Url, StringComparison.Ordinal);

        // Awareness course and certificate; recognised as a sympathiser with a helper.
        await cell.GetByRole(AriaRole.Link, new() { Name = "Ghi kết quả lớp", Exact = true }).ClickAsync();
        await cell.Locator("#Input_ClassName").FillAsync("Lớp bồi dưỡng nhận thức về Đảng khóa 26");
        await cell.Locator("#Input_StartDate").FillAsync(D(-50));
        await cell.Locator("#Input_EndDate").FillAsync(D(-45));
        await cell.Locator("#Input_SessionsTotal").FillAsync("10");
        await cell.Locator("#Input_SessionsAttended").FillAsync("10");
        await cell.Locator("#Input_Score").FillAsync("9");
        await cell.Locator("#Input_CertificateNumber").FillAsync("NT-2026-15");
        await cell.Locator("#Input_CertificateDate").FillAsync(D(-44));
        await cell.Locator("#Input_CertificateIssuer").FillAsync("Trung tâm Chính trị thành phố Hà Tĩnh");
        await Save(cell);
        await Step(cell, "Công nhận cảm tình Đảng");
        await cell.Locator("#Input_ResolutionDate").FillAsync(D(-40));
        await cell.Locator("#Input_ResolutionNumber").FillAsync("15-NQ/CB");
        await cell.Locator("#Input_HelperMemberId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await cell.Locator("#Input_TestTasks").FillAsync("Chủ trì soạn thảo báo cáo sơ kết 6 tháng của phòng.");
        await Save(cell);
        await Expect(cell.GetByTestId("case-stage")).ToHaveTextAsync("Cảm tình Đảng");

        // The grassroots committee permits the procedure.
        var grassroots = await SignedInAsync(DemoAccounts.GrassrootsVanPhong);
        await grassroots.GotoAsync($"/Admission/Details/{id}");
        await Step(grassroots, "Cho phép làm thủ tục");
        await grassroots.Locator("#Input_BasisNumber").FillAsync("120-CV/ĐU");
        await grassroots.Locator("#Input_BasisDate").FillAsync(D(-35));
        await grassroots.Locator("#Input_BasisIssuer").FillAsync("Đảng ủy Văn phòng Tỉnh ủy");
        await Save(grassroots);
        await Expect(grassroots.GetByTestId("case-stage")).ToHaveTextAsync("Được làm thủ tục");

        // The cell assembles the dossier: documents (one with a scan), an introducer, verification and replies.
        await cell.GotoAsync($"/Admission/Details/{id}");
        await Step(cell, "Lập hồ sơ");
        await cell.Locator("#Input_OpenedOn").FillAsync(D(-34));
        await Save(cell);
        foreach (var kind in new[] { "Application", "CandidateResume", "IntroducerLetter", "YouthUnionResolution", "OpinionSummary", "VerificationResults", "CourseCertificate" })
        {
            await cell.GetByRole(AriaRole.Link, new() { Name = "Nhận tài liệu", Exact = true }).ClickAsync();
            await cell.Locator("#Input_Kind").SelectOptionAsync(kind);
            await cell.Locator("#Input_ReceivedOn").FillAsync(D(-30));
            if (kind == "Application")
            {
                await cell.Locator("#Upload").SetInputFilesAsync(new FilePayload
                {
                    Name = "don-xin-vao-dang.pdf",
                    MimeType = "application/pdf",
                    Buffer = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray(),
                });
            }

            await Save(cell);
        }

        await Expect(cell.GetByTestId("case-documents").GetByRole(AriaRole.Link, new() { Name = "don-xin-vao-dang.pdf" })).ToBeVisibleAsync();
        await cell.GetByRole(AriaRole.Link, new() { Name = "Thêm người giới thiệu", Exact = true }).ClickAsync();
        await cell.Locator("#Input_MemberId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await cell.Locator("#Input_KnownSince").FillAsync(today.AddYears(-3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Save(cell);
        foreach (var (subject, person) in new[] { ("Candidate", Name), ("Father", "Nguyễn Văn Phúc"), ("Mother", "Hoàng Thị Lan") })
        {
            await cell.GetByRole(AriaRole.Link, new() { Name = "Thẩm tra / miễn thẩm tra", Exact = true }).ClickAsync();
            await cell.Locator("#Input_Subject").SelectOptionAsync(subject);
            await cell.Locator("#Input_PersonName").FillAsync(person);
            await cell.Locator("#Input_SentTo").FillAsync("Đảng ủy phường Thành Sen");
            await cell.Locator("#Input_SentOn").FillAsync(D(-30));
            await Save(cell);
        }

        for (var i = 0; i < 3; i++)
        {
            await cell.GetByTestId("case-verifications").GetByRole(AriaRole.Link, new() { Name = "Ghi kết quả", Exact = true }).First.ClickAsync();
            await cell.Locator("#Input_RepliedOn").FillAsync(D(-10));
            await cell.Locator("#Input_Conclusion").FillAsync("Chấp hành tốt chủ trương, chính sách; không có vấn đề về lịch sử chính trị.");
            await Save(cell);
        }

        await Ui.ScreenshotAsync(cell, "admission-dossier.png");

        // The cell votes: the registered count comes from the registry.
        await Step(cell, "Chi bộ biểu quyết kết nạp");
        var registered = (await cell.GetByTestId("vote-registered").InnerTextAsync()).Trim();
        await cell.Locator("#Input_MeetingDate").FillAsync(D(-5));
        await cell.Locator("#Input_ResolutionNumber").FillAsync("20-NQ/CB");
        await cell.Locator("#Input_Present").FillAsync(registered);
        await cell.Locator("#Input_InFavour").FillAsync(registered);
        await cell.Locator("#Input_Against").FillAsync("0");
        await Ui.ScreenshotAsync(cell, "admission-cell-vote.png");
        await Save(cell);
        await Expect(cell.GetByTestId("case-stage")).ToHaveTextAsync("Chi bộ đã nghị quyết");

        // The grassroots committee resolves (it sees the case waiting on it on its home page).
        await grassroots.GotoAsync("/Grassroots");
        await Expect(grassroots.GetByTestId("admission-waiting")).ToContainTextAsync(Name);
        await grassroots.GotoAsync($"/Admission/Details/{id}");
        await Step(grassroots, "Đảng ủy cơ sở biểu quyết");
        await FillVote(grassroots, D(-4), "9", "9", "9", "0");
        await Save(grassroots);
        await Expect(grassroots.GetByTestId("case-stage")).ToHaveTextAsync("Đảng ủy cơ sở đã nghị quyết");

        // The organisation board appraises and forwards.
        var board = await SignedInAsync(DemoAccounts.Board);
        await Appraise(board, id, D(-3), "Ban Tổ chức thẩm định");
        await Expect(board.GetByTestId("case-stage")).ToHaveTextAsync("Ban Tổ chức đã thẩm định");

        // The standing committee decides; the decision prints in the official layout.
        var standing = await SignedInAsync(DemoAccounts.Standing);
        await standing.GotoAsync($"/Admission/Details/{id}");
        await Step(standing, "Quyết định kết nạp");
        await FillVote(standing, D(-2), "11", "11", "10", "1");
        await standing.Locator("#Input_Date").FillAsync(D(-2));
        await standing.Locator("#Input_Signer").FillAsync("Nguyễn Hữu Thắng");
        await standing.Locator("#Input_ReceivedOn").FillAsync(D(-1));
        await Ui.ScreenshotAsync(standing, "admission-decide.png");
        await Save(standing);
        await Expect(standing.GetByTestId("case-stage")).ToHaveTextAsync("Đã có quyết định kết nạp");
        await standing.GetByRole(AriaRole.Link, new() { Name = "In quyết định", Exact = true }).ClickAsync();
        await Expect(standing.GetByTestId("party-document")).ToContainTextAsync(Name);
        await Ui.ScreenshotAsync(standing, "admission-decision-print.png");

        // The cell holds the ceremony: the person is now a probationary member of the cell.
        await cell.GotoAsync($"/Admission/Details/{id}");
        await Step(cell, "Tổ chức lễ kết nạp");
        await cell.Locator("#Input_CeremonyDate").FillAsync(D(-3));
        await Save(cell);
        await Expect(cell.Locator(".field-validation-error").Filter(new() { HasTextRegex = new Regex(".+") }).First).ToBeVisibleAsync();
        await cell.Locator("#Input_CeremonyDate").FillAsync(D(0));
        await Save(cell);
        await Expect(cell.GetByTestId("case-stage")).ToHaveTextAsync("Đảng viên dự bị");
        await cell.GetByRole(AriaRole.Link, new() { Name = "Ghi kết quả", Exact = true }).ClickAsync();
        await cell.Locator("#Input_CertificateNumber").FillAsync("ĐVM-2026-07");
        await cell.Locator("#Input_CertificateDate").FillAsync(D(0));
        await cell.Locator("#Input_CertificateIssuer").FillAsync("Trung tâm Chính trị thành phố Hà Tĩnh");
        await Save(cell);
        await cell.GetByTestId("case-member").ClickAsync();
        await Expect(cell.GetByTestId("member-name")).ToHaveTextAsync(Name);
        await Expect(cell.GetByTestId("member-status")).ToBeVisibleAsync();
        await Expect(cell.Locator("main")).ToContainTextAsync("Dự bị");
        await Ui.ScreenshotAsync(cell, "admission-probationary-member.png");

        // Twelve months and a few days later the same chain recognises the member.
        App.Clock.Advance(TimeSpan.FromDays(370));
        try
        {
            var later = VietnamTime.Today(App.Clock);
            var on = later.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var cellLater = await SignedInAsync(DemoAccounts.CellTongHop);
            await cellLater.GotoAsync($"/Admission/Details/{id}");
            await Step(cellLater, "Chi bộ xét công nhận chính thức");
            var count = (await cellLater.GetByTestId("vote-registered").InnerTextAsync()).Trim();
            await cellLater.Locator("#Input_Proposal").SelectOptionAsync("Recognise");
            await cellLater.Locator("#Input_MeetingDate").FillAsync(on);
            await cellLater.Locator("#Input_ResolutionNumber").FillAsync("41-NQ/CB");
            await cellLater.Locator("#Input_Present").FillAsync(count);
            await cellLater.Locator("#Input_InFavour").FillAsync(count);
            await cellLater.Locator("#Input_Against").FillAsync("0");
            await Save(cellLater);

            var grassrootsLater = await SignedInAsync(DemoAccounts.GrassrootsVanPhong);
            await grassrootsLater.GotoAsync($"/Admission/Details/{id}");
            await Step(grassrootsLater, "ĐU cơ sở biểu quyết (công nhận)");
            await FillVote(grassrootsLater, on, "9", "9", "9", "0");
            await Save(grassrootsLater);

            var boardLater = await SignedInAsync(DemoAccounts.Board);
            await Appraise(boardLater, id, on, "Ban Tổ chức thẩm định (công nhận)");

            var standingLater = await SignedInAsync(DemoAccounts.Standing);
            await standingLater.GotoAsync($"/Admission/Details/{id}");
            await Step(standingLater, "Quyết định công nhận / xóa tên");
            await FillVote(standingLater, on, "11", "11", "11", "0");
            await standingLater.Locator("#Input_Date").FillAsync(on);
            await standingLater.Locator("#Input_Signer").FillAsync("Nguyễn Hữu Thắng");
            await standingLater.Locator("#Input_ReceivedOn").FillAsync(on);
            await Save(standingLater);
            await Expect(standingLater.GetByTestId("case-stage")).ToHaveTextAsync("Đã công nhận đảng viên chính thức");

            var member = await App.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.PersonalIdNumber == pid));
            Assert.Equal(MembershipType.Official, member.Type);
            Assert.Equal(today, member.CeremonyDate);
            Assert.Equal(today.AddMonths(12), member.OfficialDate);
            Assert.Equal(today.AddDays(-2), member.AdmissionDecisionDate);
            var stage = await App.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.Id == id).Select(c => c.Stage).SingleAsync());
            Assert.Equal(AdmissionStage.Recognised, stage);
            await standingLater.GetByTestId("case-member").ClickAsync();
            await Expect(standingLater.Locator("main")).ToContainTextAsync(today.AddMonths(12).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            await Ui.ScreenshotAsync(standingLater, "admission-official-member.png");
        }
        finally
        {
            App.Clock.Advance(TimeSpan.FromDays(-370));
        }
    }

    private static async Task Save(IPage page)
    {
        await page.Locator("main form[method=post] button[type=submit]").Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private static async Task Step(IPage page, string name)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/Admission/Details/"));
        await page.GetByTestId("case-steps").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
    }

    private static async Task FillVote(IPage page, string date, string registered, string present, string inFavour, string against)
    {
        await page.Locator("#Input_MeetingDate").FillAsync(date);
        if (await page.Locator("#Input_ResolutionNumber").CountAsync() > 0)
        {
            await page.Locator("#Input_ResolutionNumber").FillAsync("35-NQ/ĐU");
        }

        await page.Locator("#Input_Registered").FillAsync(registered);
        await page.Locator("#Input_Present").FillAsync(present);
        await page.Locator("#Input_InFavour").FillAsync(inFavour);
        await page.Locator("#Input_Against").FillAsync(against);
    }

    private static async Task Appraise(IPage page, Guid id, string date, string step)
    {
        await page.GotoAsync($"/Admission/Details/{id}");
        await Step(page, step);
        await page.Locator("#Input_Date").FillAsync(date);
        await page.Locator("#Input_DocumentsComplete").CheckAsync();
        await page.Locator("#Input_StandardsMet").CheckAsync();
        await page.Locator("#Input_ProcedureFollowed").CheckAsync();
        await page.Locator("#Input_Conclusion").FillAsync("Hồ sơ đầy đủ, đúng quy trình; người vào Đảng đủ tiêu chuẩn, điều kiện.");
        await page.Locator("#Input_Outcome").SelectOptionAsync("Forward");
        await Save(page);
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.E2E;

/// Issue 2, journey 1: the secretary of Chi bộ Phòng Tổng hợp finds a member by her name typed without marks,
/// opens her record, is stopped by a wrong personal ID and then corrects her residence.
[Trait("Category", "E2E")]
public sealed class CellSecretaryJourneyTests(E2EFixture app) : BrowserTest(app)
{
    private const string NewResidence = "Số 15 đường Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh";
    private const string Reason = "Đảng viên báo thay đổi nơi thường trú (đơn ngày 20/11/2026).";

    [Fact]
    public async Task Cell_secretary_finds_a_member_is_refused_a_wrong_personal_id_and_saves_a_correction()
    {
        var page = await NewPageAsync();

        // Sign in.
        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.SignIn, Exact = true })).ToBeVisibleAsync();
        await Ui.ScreenshotAsync(page, "login.png");
        await page.GetByLabel("Tên đăng nhập").FillAsync(DemoAccounts.CellTongHop);
        await page.GetByLabel("Mật khẩu").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.SignIn, Exact = true }).ClickAsync();

        // The dashboard shows the assignment: cell secretary of Chi bộ Phòng Tổng hợp, since a dd/MM/yyyy date.
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(DemoAccounts.CellTongHop);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.DashboardTitle, Level = 1 })).ToBeVisibleAsync();
        var assignment = page.GetByTestId("assignment");
        await Expect(assignment).ToHaveCountAsync(1);
        await Expect(assignment.Locator("h2")).ToHaveTextAsync(Texts.RoleCellSecretary);
        await Expect(assignment.Locator(".card-subtitle")).ToHaveTextAsync(DemoUnits.TongHopCell);
        await Expect(assignment).ToContainTextAsync(new Regex(Regex.Escape(Texts.DashboardSince) + @"\d{2}/\d{2}/\d{4}"));
        await Expect(assignment.GetByRole(AriaRole.Link, new() { Name = "Danh sách đảng viên", Exact = true })).ToBeVisibleAsync();
        await Ui.ScreenshotAsync(page, "dashboard-cell-secretary.png");

        // The member list, searched without diacritics.
        await Ui.Menu(page).GetByRole(AriaRole.Link, new() { Name = Texts.MenuMembers, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Members$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.MembersTitle, Level = 1 })).ToBeVisibleAsync();
        await Ui.SearchMembersAsync(page, "nguyen thi dao");
        var results = page.GetByTestId("member-table");
        var dao = results.GetByRole(AriaRole.Link, new() { Name = DemoMembers.Dao, Exact = true });
        await Expect(dao).ToHaveCountAsync(1);

        // The search text never shows in the address (it is personal data): the form posts it.
        Assert.DoesNotContain("nguyen", page.Url, StringComparison.OrdinalIgnoreCase);
        await Ui.ScreenshotAsync(page, "member-search.png");

        // Her record.
        await dao.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Members/Details/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("member-name")).ToHaveTextAsync(DemoMembers.Dao);
        var detailsUrl = page.Url;
        var memberId = await App.MemberIdAsync(DemoMembers.Dao);
        Assert.EndsWith("/Members/Details/" + memberId, detailsUrl, StringComparison.Ordinal);
        var originalId = (await Ui.DetailsValue(page, Texts.PersonalIdNumber).InnerTextAsync()).Trim();
        Assert.Matches("^[0-9]{12}$", originalId);
        var originalResidence = (await Ui.DetailsValue(page, Texts.Residence).InnerTextAsync()).Trim();
        Assert.NotEqual(NewResidence, originalResidence);
        await Ui.ScreenshotAsync(page, "member-details.png");

        // Edit: eleven digits.
        await page.GetByRole(AriaRole.Link, new() { Name = Texts.Edit, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Members/Edit/" + memberId + "$"));
        var personalId = page.Locator("#Input_PersonalIdNumber");
        await Expect(personalId).ToHaveValueAsync(originalId);
        var idError = page.GetByTestId("personal-id-error");
        await Expect(idError).ToBeEmptyAsync();
        await personalId.FillAsync(originalId[..11]);
        await page.Locator("#Input_Reason").FillAsync("Sửa số định danh theo căn cước mới.");
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Save, Exact = true }).ClickAsync();
        await Expect(idError).ToHaveTextAsync(Texts.PersonalIdFormat);
        await Expect(page.GetByTestId("form-errors")).ToContainTextAsync(Texts.FormHasErrors);

        // Edit: twelve digits, but "003" is no province's code.
        var wrongProvince = "003" + originalId[3..];
        await personalId.FillAsync(wrongProvince);
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Save, Exact = true }).ClickAsync();
        await Expect(idError).ToHaveTextAsync(Texts.PersonalIdProvince("003"));
        await Expect(personalId).ToHaveValueAsync(wrongProvince);
        await Expect(personalId).ToHaveClassAsync(new Regex(@"\binput-validation-error\b"));

        // The message is beside the field: in the same form group, just below the input.
        var fieldGroup = page.Locator("div").Filter(new() { Has = personalId }).Last;
        await Expect(fieldGroup.GetByTestId("personal-id-error")).ToHaveTextAsync(Texts.PersonalIdProvince("003"));
        await Ui.ScreenshotAsync(page, "member-edit-error.png");

        // Nothing was saved.
        await page.GotoAsync(detailsUrl);
        await Expect(Ui.DetailsValue(page, Texts.PersonalIdNumber)).ToHaveTextAsync(originalId);
        Assert.Equal(originalId, await App.Factory.WithDbAsync(db =>
            db.Members.Where(m => m.Id == memberId).Select(m => m.PersonalIdNumber).SingleAsync()));

        // A valid correction, with its reason.
        await page.GetByRole(AriaRole.Link, new() { Name = Texts.Edit, Exact = true }).ClickAsync();
        await page.GetByLabel(Texts.Residence, new() { Exact = true }).FillAsync(NewResidence);
        await page.Locator("#Input_Reason").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Save, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(detailsUrl);
        await Expect(page.GetByTestId("status-message")).ToHaveTextAsync(Texts.MemberSaved);
        await Expect(Ui.DetailsValue(page, Texts.Residence)).ToHaveTextAsync(NewResidence);
        await Expect(Ui.DetailsValue(page, Texts.PersonalIdNumber)).ToHaveTextAsync(originalId);
        await Ui.ScreenshotAsync(page, "member-saved.png");

        var saved = await App.Factory.WithDbAsync(db =>
            db.Members.Where(m => m.Id == memberId).Select(m => new { m.Residence, m.PersonalIdNumber }).SingleAsync());
        Assert.Equal(NewResidence, saved.Residence);
        Assert.Equal(originalId, saved.PersonalIdNumber);

        // The message is shown once: it is gone on the next visit.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("status-message")).ToHaveCountAsync(0);
        await Expect(Ui.DetailsValue(page, Texts.Residence)).ToHaveTextAsync(NewResidence);
    }

    [Fact]
    public async Task Cell_secretary_gets_the_403_page_for_a_member_of_another_grassroots_organisation()
    {
        var outsider = await App.MemberIdAsync(DemoMembers.TranVanDao);
        var page = await SignedInAsync(DemoAccounts.CellTongHop);

        var response = await page.GotoAsync("/Members/Details/" + outsider);

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.Forbidden, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(Texts.ForbiddenText);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(DemoMembers.TranVanDao);

        // Nor does his name turn up in a search.
        await page.GotoAsync("/Members");
        await Ui.SearchMembersAsync(page, "tran van dao");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = DemoMembers.TranVanDao, Exact = true })).ToHaveCountAsync(0);
    }
}

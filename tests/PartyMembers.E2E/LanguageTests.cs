using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 2, journey 4: the language switch in the top bar turns the pages into English and back; dates stay dd/MM/yyyy.
[Trait("Category", "E2E")]
public sealed class LanguageTests(E2EFixture app) : BrowserTest(app)
{
    private static readonly Regex SinceVietnamese = new("^" + Regex.Escape(Texts.DashboardSince) + @"\d{2}/\d{2}/\d{4}$");
    private static readonly Regex SinceEnglish = new("^" + Regex.Escape(Texts.EnglishDashboardSince) + @"\d{2}/\d{2}/\d{4}$");

    [Fact]
    public async Task Language_switch_shows_English_and_back_to_Vietnamese_with_dates_as_dd_MM_yyyy()
    {
        var page = await SignedInAsync(DemoAccounts.CellTongHop);
        var assignment = page.GetByTestId("assignment");
        var since = assignment.Locator("p.small");

        // Vietnamese by default (the browser's own language is not asked).
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.DashboardTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(since).ToHaveTextAsync(SinceVietnamese);
        var sinceDate = (await since.InnerTextAsync())[Texts.DashboardSince.Length..];

        // To English.
        await page.Locator("#culture-switch").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Switch, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.EnglishDashboardTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(Texts.EnglishDashboardIntro);
        await Expect(assignment.Locator("h2")).ToHaveTextAsync(Texts.EnglishRoleCellSecretary);
        await Expect(since).ToHaveTextAsync(Texts.EnglishDashboardSince + sinceDate);
        await Expect(since).ToHaveTextAsync(SinceEnglish);
        await Expect(Ui.Menu(page).GetByRole(AriaRole.Link, new() { Name = Texts.EnglishMenuMembers, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Texts.EnglishSignOut, Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#culture-switch")).ToHaveValueAsync("en-GB");
        await Ui.ScreenshotAsync(page, "dashboard-english.png");

        // The choice holds on the next page: the member list in English, dates still dd/MM/yyyy.
        await Ui.Menu(page).GetByRole(AriaRole.Link, new() { Name = Texts.EnglishMenuMembers, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members", Level = 1 })).ToBeVisibleAsync();
        var table = page.GetByTestId("member-table");
        await Expect(table.Locator("thead th").Nth(1)).ToHaveTextAsync(Texts.EnglishDateOfBirth);
        await AssertDatesAsync(table);

        // Back to Vietnamese, from this page.
        await page.Locator("#culture-switch").SelectOptionAsync(new SelectOptionValue { Label = "Tiếng Việt" });
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.EnglishSwitch, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Members$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.MembersTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(table.Locator("thead th").Nth(1)).ToHaveTextAsync("Ngày sinh");
        await AssertDatesAsync(table);

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.DashboardTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(Texts.DashboardIntro);
        await Expect(assignment.Locator("h2")).ToHaveTextAsync(Texts.RoleCellSecretary);
        await Expect(since).ToHaveTextAsync(Texts.DashboardSince + sinceDate);
    }

    /// The date of birth and ceremony date columns: every cell dd/MM/yyyy.
    private static async Task AssertDatesAsync(ILocator table)
    {
        foreach (var column in new[] { 2, 5 })
        {
            var cells = await table.Locator($"tbody tr td:nth-child({column})").AllInnerTextsAsync();
            Assert.NotEmpty(cells);
            Assert.All(cells, cell => Assert.Matches(Ui.Date(), cell.Trim()));
        }
    }
}

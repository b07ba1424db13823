using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Under the Content-Security-Policy (no inline script or style) the pages still look and work as before in Chromium:
/// the fee sheet's print button, the confirmation before a dissolution, the style classes that replaced inline styles,
/// and not one policy violation on the way.
public sealed class ContentSecurityPolicyTests(E2EFixture app) : BrowserTest(app)
{
    // Runs before the page's own scripts (Playwright injects it outside the page's policy): records every violation the
    // browser reports and stands in for the print dialog, which a headless browser cannot show.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
            window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
        });
        window.__printed = 0;
        window.print = function () { window.__printed++; };
        """;

    [Fact]
    public async Task The_fee_sheet_prints_and_keeps_its_layout_without_inline_code()
    {
        var cell = await App.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.TongHopCell).Select(u => u.Id).SingleAsync());
        var page = await SignedInAsync(DemoAccounts.CellTongHop);
        await page.Context.AddInitScriptAsync(Watch);

        await page.GotoAsync($"/Fees/Sheet/{cell}");
        await page.Locator("#sheet-print").ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.__printed"));

        // The classes that replaced the style attributes apply.
        Assert.Equal("collapse", await page.Locator("#sheet-table").EvaluateAsync<string>("e => getComputedStyle(e).borderCollapse"));
        Assert.Equal("right", await page.Locator("[data-testid=sheet-total-due]").EvaluateAsync<string>("e => getComputedStyle(e).textAlign"));
        await AssertNoViolationsAsync(page);

        await page.GotoAsync("/Fees");
        var indented = page.Locator("#fee-cells td[class^='pm-depth-']").Last;
        var padding = await indented.EvaluateAsync<string>("e => getComputedStyle(e).paddingLeft");
        Assert.True(double.Parse(padding.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 4, padding);
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_dissolution_asks_for_confirmation_and_posts_nothing_when_declined()
    {
        var unit = await App.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.ThoiSuPartyGroup).Select(u => u.Id).SingleAsync());
        var page = await SignedInAsync(DemoAccounts.Admin);
        await page.Context.AddInitScriptAsync(Watch);
        await page.GotoAsync($"/Admin/Units/Dissolve/{unit}");
        var form = page.GetByTestId("unit-dissolve-form");
        await Expect(form).ToBeVisibleAsync();

        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        };
        var url = page.Url;
        await form.Locator("button[type=submit]").Last.ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.False(string.IsNullOrEmpty(asked), "no confirmation was asked");
        Assert.Equal(url, page.Url);
        Assert.False(await App.Factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit).Select(u => u.DissolvedOn != null).SingleAsync()));
        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.True(violations.Length == 0, $"{page.Url}: " + string.Join("; ", violations));
    }
}

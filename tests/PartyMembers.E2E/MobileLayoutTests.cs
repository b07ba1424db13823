using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 2, journey 5: on a phone (390 x 844) the member list and a member's record fit the width; only the table may
/// scroll sideways, inside its own container.
[Trait("Category", "E2E")]
public sealed class MobileLayoutTests(E2EFixture app) : BrowserTest(app)
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Member_list_and_details_fit_a_390px_phone_without_sideways_scrolling()
    {
        var page = await SignedInAsync(DemoAccounts.CellTongHop, E2EFixture.Phone);
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        await AssertFitsAsync(page, "dashboard");

        await page.GotoAsync("/Members");
        var table = page.GetByTestId("member-table");
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await AssertFitsAsync(page, "member list");

        // The table is inside a container that scrolls on its own when the table is wider than the screen.
        var container = table.Locator("xpath=..");
        await Expect(container).ToHaveClassAsync(new Regex(@"\btable-responsive\b"));
        var box = await container.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 391, $"The table container spans {box.X}..{box.X + box.Width}.");
        var overflowX = await container.EvaluateAsync<string>("e => getComputedStyle(e).overflowX");
        Assert.Equal("auto", overflowX);

        await Ui.SearchMembersAsync(page, "nguyen thi dao");
        await AssertFitsAsync(page, "member search results");
        await table.GetByRole(AriaRole.Link, new() { Name = DemoMembers.Dao, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("member-name")).ToHaveTextAsync(DemoMembers.Dao);
        await Expect(page.GetByTestId("member-history")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "member details");

        // Every page is checked before failing, so that one run reports all of them.
        Assert.True(_problems.Count == 0, string.Join(Environment.NewLine, _problems));
    }

    private async Task AssertFitsAsync(IPage page, string what)
    {
        if (await Ui.BodyScrollsSidewaysAsync(page))
        {
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var culprits = await Ui.OverflowingElementsAsync(page);
            _problems.Add($"The {what} page scrolls sideways at 390px: scrollWidth {widths[0]} > clientWidth {widths[1]}; "
                + "wider than the screen: " + string.Join(", ", culprits));
        }
    }
}

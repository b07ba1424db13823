using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.Domain.Organisation;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 2, journey 3: the administrator keeps the organisation tree (adds a cell under a grassroots committee) and has
/// no rights over members.
[Trait("Category", "E2E")]
public sealed class AdministratorJourneyTests(E2EFixture app) : BrowserTest(app)
{
    private const string NewCellName = "Chi bộ Phòng Lưu trữ";
    private const string NewCellCode = "CB01.06";
    private const string NewCellEstablished = "15/09/2026";

    [Fact]
    public async Task Administrator_adds_a_cell_under_a_grassroots_committee_and_sees_it_in_the_tree()
    {
        var vanPhong = await App.UnitIdAsync(DemoUnits.VanPhongCommittee);
        var page = await SignedInAsync(DemoAccounts.Admin);

        await Ui.Menu(page).GetByRole(AriaRole.Link, new() { Name = Texts.MenuUnits, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Units$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.UnitsTitle, Level = 1 })).ToBeVisibleAsync();
        var tree = page.GetByTestId("unit-tree");
        await Expect(tree).ToBeVisibleAsync();
        var parentRow = tree.Locator($"[data-testid=unit-row][data-unit-id='{vanPhong}']");
        await Expect(parentRow.Locator("td").First).ToHaveTextAsync(DemoUnits.VanPhongCommittee);
        await Expect(parentRow).ToContainTextAsync(DemoUnits.VanPhongCommitteeCode);
        await Expect(parentRow.GetByRole(AriaRole.Link, new() { Name = Texts.UnitsAddChild, Exact = true })).ToBeVisibleAsync();
        await Expect(tree.GetByText(NewCellName, new() { Exact = true })).ToHaveCountAsync(0);
        await Ui.ScreenshotAsync(page, "admin-units.png");

        // The form to add a unit: parent, kind, name, code and establishment date.
        await page.GetByRole(AriaRole.Link, new() { Name = Texts.UnitsCreate, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Units/Create$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.UnitsCreate, Level = 1 })).ToBeVisibleAsync();
        var form = page.GetByTestId("unit-create-form");
        await Expect(form.Locator("label[for=Input_ParentId]")).ToContainTextAsync(Texts.UnitParent);
        await form.Locator("#Input_ParentId").SelectOptionAsync(vanPhong.ToString());
        await Expect(form.Locator("label[for=Input_Type]")).ToContainTextAsync(Texts.UnitType);
        await form.Locator("#Input_Type").SelectOptionAsync(new SelectOptionValue { Label = Texts.UnitTypeCell });
        await form.GetByLabel(Texts.UnitName).FillAsync(NewCellName);
        await form.GetByLabel(Texts.UnitCode, new() { Exact = true }).FillAsync(NewCellCode);
        await form.GetByLabel(Texts.UnitEstablishedOn).FillAsync(NewCellEstablished);
        await form.GetByLabel(Texts.UnitEstablishedOn).BlurAsync();
        await Ui.ScreenshotAsync(page, "admin-unit-create.png");
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Save, Exact = true }).ClickAsync();

        // Back on the tree, the new cell sits among the committee's cells, one level below it.
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Units$"));
        await Expect(page.GetByTestId("status-message")).ToHaveTextAsync(Texts.UnitCreated);
        var created = await App.Factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Name == NewCellName));
        Assert.Equal(vanPhong, created.ParentId);
        Assert.Equal(UnitType.Cell, created.Type);
        Assert.Equal(NewCellCode, created.Code);
        Assert.Equal(new DateOnly(2026, 9, 15), created.EstablishedOn);

        var newRow = tree.Locator($"[data-testid=unit-row][data-unit-id='{created.Id}']");
        await Expect(newRow.Locator("td").First).ToHaveTextAsync(NewCellName);
        await Expect(newRow.Locator("td").First).ToHaveClassAsync(new Regex(@"\btree-indent-2\b"));
        await Expect(parentRow.Locator("td").First).ToHaveClassAsync(new Regex(@"\btree-indent-1\b"));
        await Expect(newRow).ToContainTextAsync(NewCellCode);
        await Expect(newRow).ToContainTextAsync(NewCellEstablished);

        // Rows are in tree order: between the committee and the next unit at the committee's level.
        var rows = await tree.Locator("[data-testid=unit-row]").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.unitId, r.querySelector('td').className])");
        var parentIndex = Array.FindIndex(rows, r => r[0] == vanPhong.ToString());
        var newIndex = Array.FindIndex(rows, r => r[0] == created.Id.ToString());
        var nextSibling = Array.FindIndex(rows, parentIndex + 1, r => !r[1].Contains("tree-indent-2", StringComparison.Ordinal)
            && !r[1].Contains("tree-indent-3", StringComparison.Ordinal) && !r[1].Contains("tree-indent-4", StringComparison.Ordinal)
            && !r[1].Contains("tree-indent-5", StringComparison.Ordinal));
        Assert.True(parentIndex < newIndex && (nextSibling < 0 || newIndex < nextSibling),
            $"The new cell (row {newIndex}) should be under {DemoUnits.VanPhongCommittee} (rows {parentIndex}..{nextSibling}).");
    }

    [Fact]
    public async Task Administrator_has_no_member_list_in_the_menu_and_gets_the_403_page_for_it()
    {
        var page = await SignedInAsync(DemoAccounts.Admin);

        var assignment = page.GetByTestId("assignment");
        await Expect(assignment.Locator("h2")).ToHaveTextAsync(Texts.RoleAdministrator);
        var menu = Ui.Menu(page);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = Texts.MenuUnits, Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = Texts.MenuMembers, Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href^='/Members']")).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/Members");

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Texts.Forbidden, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(Texts.ForbiddenText);
        await Expect(page.GetByTestId("member-table")).ToHaveCountAsync(0);
    }
}

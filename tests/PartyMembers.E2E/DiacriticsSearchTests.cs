using System.Globalization;
using System.Text;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 2, journey 2: the organisation board searches the whole registry; a name typed with its marks lists the exact
/// spelling first, and typed without marks finds every spelling.
[Trait("Category", "E2E")]
public sealed class DiacriticsSearchTests(E2EFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    [Fact]
    public async Task Board_search_for_Dao_with_marks_lists_exact_Dao_before_Dao_with_other_marks()
    {
        var page = await SignedInAsync(DemoAccounts.Board);
        await page.GotoAsync("/Members");
        await Ui.SearchMembersAsync(page, "Đào");

        var names = await Ui.AllResultNamesAsync(page);
        output.WriteLine("Đào: " + string.Join(" | ", names));

        // Every listed name has a word that reads "dao" without its marks; those spelled exactly "Đào" come first.
        Assert.All(names, name => Assert.Contains(Words(name), w => Fold(w) == "dao"));
        Assert.Contains(DemoMembers.Dao, names);
        Assert.Contains(DemoMembers.TranVanDao, names);
        Assert.Contains(DemoMembers.LeThiDao, names);
        var exact = names.Select(n => Words(n).Contains("Đào", StringComparer.Ordinal)).ToList();
        var lastExact = exact.LastIndexOf(true);
        var firstOther = exact.IndexOf(false);
        Assert.True(lastExact >= 0 && firstOther >= 0, "Both spellings should be listed: " + string.Join(" | ", names));
        Assert.True(lastExact < firstOther,
            $"Names with exactly \"Đào\" should come before \"Đạo\"/\"Dao\"; the list was: {string.Join(" | ", names)}");
    }

    [Fact]
    public async Task Board_search_for_dao_without_marks_finds_all_three_spellings()
    {
        var page = await SignedInAsync(DemoAccounts.Board);
        await page.GotoAsync("/Members");
        await Ui.SearchMembersAsync(page, "dao");

        await Expect(page.GetByTestId("member-table")).ToBeVisibleAsync();
        var names = await Ui.AllResultNamesAsync(page);
        output.WriteLine("dao: " + string.Join(" | ", names));

        Assert.Contains(DemoMembers.Dao, names);
        Assert.Contains(DemoMembers.TranVanDao, names);
        Assert.Contains(DemoMembers.LeThiDao, names);
        Assert.All(names, name => Assert.Contains(Words(name), w => Fold(w).StartsWith("dao", StringComparison.Ordinal)));
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// Without marks, lower case, đ as d: how a name reads when typed on a keyboard without Vietnamese input.
    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

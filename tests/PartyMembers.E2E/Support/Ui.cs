using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E.Support;

/// Steps that several journeys share, done the way a user does them: through the visible form fields and buttons.
public static partial class Ui
{
    /// Screenshots go to TestResults/screenshots; with PARTYMEMBERS_SCREENSHOTS=docs they refresh the user guide's
    /// pictures in docs/user-guide/images instead (a normal test run leaves the tracked files alone).
    public static string ImagesFolder { get; } = FindImagesFolder();

    /// dd/MM/yyyy, the official date format, in both languages.
    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$")]
    public static partial Regex Date();

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.SignIn, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(userName);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
    }

    /// The main menu (the side bar shown to signed-in users).
    public static ILocator Menu(IPage page) => page.Locator("nav.sidebar");

    /// The value beside a label in a details list (dt/dd), e.g. "Số định danh cá nhân".
    public static ILocator DetailsValue(IPage page, string label) =>
        page.Locator("dl dt").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(label) + "$") })
            .Locator("xpath=following-sibling::dd[1]");

    /// The members' names in the result table, in the order shown, following "next page" links to the end.
    public static async Task<IReadOnlyList<string>> AllResultNamesAsync(IPage page, int maxPages = 10)
    {
        var names = new List<string>();
        for (var i = 0; i < maxPages; i++)
        {
            var table = page.GetByTestId("member-table");
            if (await table.CountAsync() == 0)
            {
                return names;
            }

            names.AddRange((await table.Locator("tbody tr td:first-child").AllInnerTextsAsync()).Select(n => n.Trim()));
            var next = page.GetByTestId("next-page");
            if (await next.CountAsync() == 0)
            {
                return names;
            }

            var current = page.Url;
            await next.ClickAsync();
            await page.WaitForURLAsync(url => url != current);
        }

        throw new InvalidOperationException($"The results did not end within {maxPages} pages.");
    }

    /// Types the search text in the member list's search box and submits the form. The form posts the text and is
    /// redirected to the list with the text encrypted in "q" (a new token each time), so the new address shows that
    /// the results on screen are those of this search.
    public static async Task SearchMembersAsync(IPage page, string text)
    {
        var form = page.GetByTestId("member-search");
        var before = page.Url;
        await form.Locator("#Text").FillAsync(text);
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Find, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url != before && SearchAddress().IsMatch(url));
        await Expect(form.Locator("#Text")).ToHaveValueAsync(text);
    }

    [GeneratedRegex(@"/Members\?(.*&)?q=[^&]+")]
    private static partial Regex SearchAddress();

    /// A full-page screenshot for the user guide.
    public static async Task ScreenshotAsync(IPage page, string fileName)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ImagesFolder, fileName),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }

    /// Whether the page body scrolls sideways (one pixel of rounding allowed).
    public static Task<bool> BodyScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    /// The elements wider than the window, for a readable failure message.
    public static Task<string[]> OverflowingElementsAsync(IPage page) =>
        page.EvaluateAsync<string[]>(
            """
            () => {
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-responsive'))
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                        + ' right=' + Math.round(e.getBoundingClientRect().right));
            }
            """);

    private static string FindImagesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyMembers.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("PartyMembers.sln was not found above " + AppContext.BaseDirectory);
        }

        var folder = Environment.GetEnvironmentVariable("PARTYMEMBERS_SCREENSHOTS") == "docs"
            ? Path.Combine(directory.FullName, "docs", "user-guide", "images")
            : Path.Combine(directory.FullName, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

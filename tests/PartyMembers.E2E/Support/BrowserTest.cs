using Microsoft.Playwright;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.E2E.Support;

/// A test with its own browser contexts: every page it opens is closed (with its context) when the test ends.
[Collection(E2ECollection.Name)]
public abstract class BrowserTest(E2EFixture app) : IAsyncLifetime
{
    private readonly List<IPage> _pages = [];

    protected E2EFixture App { get; } = app;

    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null) => Track(await App.NewPageAsync(viewport));

    protected async Task<IPage> SignedInAsync(string userName, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await Ui.SignInAsync(page, userName, AppFactory.Password);
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private IPage Track(IPage page)
    {
        _pages.Add(page);
        return page;
    }
}

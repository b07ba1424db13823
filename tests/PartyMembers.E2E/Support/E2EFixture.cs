using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.E2E.Support;

/// One running application and one headless Chromium for the whole project. Each test opens its own browser context
/// (cookies, language, viewport) and page, so tests do not see each other's sessions.
public sealed class E2EFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// The default window: 1280 wide, as the user guide's screenshots are.
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// A phone's window: 390 x 844 CSS pixels. Mobile emulation (IsMobile) is left off on purpose: with it, Chromium
    /// widens the layout viewport to fit content that overflows and zooms out, which hides the very overflow the
    /// phone tests look for and makes clicks land unreliably.
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public E2EFixture()
    {
        Factory = new AppFactory { Clock = Clock };
    }

    /// The application's clock: the system clock, which a journey may move forward (and must move back).
    public ShiftableClock Clock { get; } = new();

    public AppFactory Factory { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install the Debian package 'chromium' (test.sh does).");
        }

        // Kestrel and the seed start on a worker thread while the Playwright driver and the browser start here.
        var server = Task.Run(Factory.Start);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        BaseAddress = await server;
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// A new browser context and page, not signed in, at <paramref name="viewport"/> (desktop when not given).
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(20_000);
        return await context.NewPageAsync();
    }

    public Task<Guid> MemberIdAsync(string fullName) =>
        Factory.WithDbAsync(db => db.Members.Where(m => m.FullName == fullName).Select(m => m.Id).SingleAsync());

    public Task<Guid> UnitIdAsync(string name) =>
        Factory.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "e2e";
}

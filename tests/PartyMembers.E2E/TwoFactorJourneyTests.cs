using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 5: a user sets up an authenticator app from the account page (password again, the key read off the page),
/// keeps the recovery codes, signs out, and signs in again with the password and a code from the app.
[Trait("Category", "E2E")]
public sealed class TwoFactorJourneyTests(E2EFixture app) : BrowserTest(app)
{
    private const string UserName = "e2e.haibuoc";
    private const string Password = "mot cau rat dai de nho 2026";

    [Fact]
    public async Task A_user_enrols_an_authenticator_signs_out_and_signs_in_with_a_code()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var created = await users.CreateAsync(new ApplicationUser { UserName = UserName, DisplayName = "Võ Thị Sáu", CreatedAtUtc = DateTime.UtcNow }, Password);
            Assert.True(created.Succeeded);
        }

        var page = await NewPageAsync();
        await Ui.SignInAsync(page, UserName, Password);

        // The account page from the user name in the top bar.
        await page.GetByTestId("current-user").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage$"));
        await Expect(page.GetByTestId("two-factor-status")).ToContainTextAsync("Chưa bật");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cài đặt ứng dụng xác thực", Exact = true }).ClickAsync();

        // The password again, then the key and its QR code.
        await page.GetByTestId("reauthenticate-form").GetByLabel("Mật khẩu hiện tại").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục", Exact = true }).ClickAsync();
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(32, key.Length);
        await Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        // Visible as soon as its box is laid out; wait until the picture itself has arrived.
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('[data-testid=authenticator-qr]'); return img && img.complete; }");
        var qrWidth = await page.GetByTestId("authenticator-qr").EvaluateAsync<int>("img => img.naturalWidth");
        Assert.True(qrWidth > 100, "The QR code image did not load.");
        await Ui.ScreenshotAsync(page, "account-enable-authenticator.png");

        await page.GetByLabel("Mã xác thực").FillAsync(Authenticator.Code(key, App.Clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("code")).ToHaveCountAsync(10);

        // Signed out, the password alone is not enough: the code page follows.
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.SignOut, Exact = true }).ClickAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(UserName);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.SignIn, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"));

        // The next step's code (the enrolment used this step's).
        await page.GetByLabel("Mã xác thực").FillAsync(Authenticator.Code(key, App.Clock.GetUtcNow().AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(UserName);
    }
}

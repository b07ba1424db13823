using System.Net;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// The sign-in and two-factor POSTs are limited per submitted account and per client address; a refused attempt gets
/// the page again with status 429 and a message, not a blank page.
public sealed class RateLimitTests : IDisposable
{
    private const string Throttled = "Quá nhiều lần thử trong thời gian ngắn. Xin chờ một phút rồi thử lại.";

    private readonly AccountTestApp _app = new(new Dictionary<string, string?>
    {
        ["Security:RateLimits:PerAccount"] = "3",
        ["Security:RateLimits:PerAddress"] = "7",
        ["Security:RateLimits:WindowSeconds"] = "600",
    });

    [Fact]
    public async Task The_fourth_attempt_on_one_account_is_refused_with_the_sign_in_page_and_other_accounts_go_on()
    {
        var client = new AppClient(_app.Factory);
        for (var i = 0; i < 3; i++)
        {
            var allowed = await TwoFactorSteps.PasswordAsync(client, "someone", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", (await AppClient.ParseAsync(allowed)).Text(), StringComparison.Ordinal);
        }

        // The same account, typed differently, is the same account.
        var refused = await TwoFactorSteps.PasswordAsync(client, " SOMEONE ", "wrong password 3");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains(Throttled, page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form input[name='Input.UserName']"));

        var other = await TwoFactorSteps.PasswordAsync(client, "someone.else", "wrong password");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        // Reading the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task The_eighth_attempt_from_one_address_is_refused_whatever_the_account()
    {
        var client = new AppClient(_app.Factory);
        for (var i = 0; i < 7; i++)
        {
            var allowed = await TwoFactorSteps.PasswordAsync(client, "account" + i, "wrong password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await TwoFactorSteps.PasswordAsync(client, "a.fresh.account", "wrong password");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(Throttled, (await AppClient.ParseAsync(refused)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_factor_codes_are_limited_per_account()
    {
        const string Password = "mot cau rat dai de nho 2026";
        await _app.CreateUserAsync("limited.2fa", Password);
        var owner = new AppClient(_app.Factory);
        await owner.SignInAsync("limited.2fa", Password);
        var (key, _) = await TwoFactorSteps.EnrolAsync(owner, Password);

        var client = new AppClient(_app.Factory);
        Assert.Equal("/Account/LoginWith2fa?returnUrl=%2F", (await TwoFactorSteps.PasswordAsync(client, "limited.2fa", Password)).Headers.Location?.OriginalString);
        // Enrolling took two account POSTs under the user's id; a wrong code is the third and still answered.
        var wrong = await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, -3));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(wrong)).FieldError("Input.Code"));

        // The fourth is refused, even with the right code.
        var refused = await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, 1));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(Throttled, (await AppClient.ParseAsync(refused)).Text(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}

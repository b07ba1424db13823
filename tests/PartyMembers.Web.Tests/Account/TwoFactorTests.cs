using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// Two-step sign-in with an authenticator app (OWASP ASVS 5.0 6.5.x): a code works within one 30-second step either
/// side and only once; recovery codes work once; changing the setting asks for the password.
public sealed class TwoFactorTests(TwoFactorTests.App app) : IClassFixture<TwoFactorTests.App>
{
    public sealed class App : IDisposable
    {
        public AccountTestApp Accounts { get; } = new();

        public void Dispose() => Accounts.Dispose();
    }

    private const string Password = "mot cau rat dai de nho 2026";
    private const string CodeWrong = "Mã không đúng hoặc đã được dùng. Xin chờ mã mới trên ứng dụng rồi nhập lại.";

    private async Task<(Guid Id, string UserName, string Key, IReadOnlyList<string> Codes)> EnrolledUserAsync()
    {
        var userName = "tf." + Guid.NewGuid().ToString("N")[..8];
        var id = await app.Accounts.CreateUserAsync(userName, Password);
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Password);
        var (key, codes) = await TwoFactorSteps.EnrolAsync(client, Password);
        return (id, userName, key, codes);
    }

    private async Task<AppClient> PastPasswordAsync(string userName)
    {
        var client = new AppClient(app.Accounts.Factory);
        var response = await TwoFactorSteps.PasswordAsync(client, userName, Password);
        Assert.Equal("/Account/LoginWith2fa?returnUrl=%2F", response.Headers.Location?.OriginalString);

        // Nothing is open yet: the password alone is not a sign-in.
        Assert.Contains("/Account/Login", (await client.GetAsync("/Account/Manage")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        return client;
    }

    [Fact]
    public async Task Enrolling_asks_for_the_password_turns_two_step_on_and_the_next_sign_in_asks_for_a_code()
    {
        var (id, userName, key, _) = await EnrolledUserAsync();
        var user = await app.Accounts.UserAsync(id);
        Assert.True(user.TwoFactorEnabled);
        Assert.Equal(32, key.Length);

        var client = await PastPasswordAsync(userName);
        var signedIn = await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, 1));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_on_the_enrolment_page_makes_no_key()
    {
        var userName = "tf.nokey" + Guid.NewGuid().ToString("N")[..4];
        var id = await app.Accounts.CreateUserAsync(userName, Password);
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Password);
        var response = await client.SubmitAsync(TwoFactorSteps.Enrolment, "form[data-testid=reauthenticate-form]",
            new Dictionary<string, string> { ["Input.Password"] = "not my password at all" });
        Assert.Equal("Mật khẩu hiện tại không đúng.", (await AppClient.ParseAsync(response)).FieldError("Input.Password"));
        Assert.Null((await AppClient.ParseAsync(await client.GetAsync(TwoFactorSteps.Enrolment))).QuerySelector("[data-testid=shared-key]"));
        var tokens = await app.Accounts.Factory.WithDbAsync(db => db.UserTokens.CountAsync(t => t.UserId == id));
        Assert.Equal(0, tokens);
    }

    [Fact]
    public async Task A_code_two_steps_away_is_refused()
    {
        var (_, userName, key, _) = await EnrolledUserAsync();
        var client = await PastPasswordAsync(userName);

        foreach (var stepsAway in new[] { -2, 3 })
        {
            var refused = await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, stepsAway));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(CodeWrong, (await AppClient.ParseAsync(refused)).FieldError("Input.Code"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, 1))).StatusCode);
    }

    [Fact]
    public async Task The_same_code_is_accepted_once_only()
    {
        var (id, userName, key, _) = await EnrolledUserAsync();
        var code = Authenticator.Code(key, 1);
        var first = await PastPasswordAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(first, code)).StatusCode);

        var second = await PastPasswordAsync(userName);
        var replay = await TwoFactorSteps.CodeAsync(second, code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(CodeWrong, (await AppClient.ParseAsync(replay)).FieldError("Input.Code"));
        Assert.NotNull((await app.Accounts.UserAsync(id)).LastAuthenticatorStep);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (id, userName, _, codes) = await EnrolledUserAsync();
        var client = await PastPasswordAsync(userName);
        var used = await TwoFactorSteps.RecoveryCodeAsync(client, " " + codes[3].ToLowerInvariant() + " ");
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);

        var again = await PastPasswordAsync(userName);
        var refused = await TwoFactorSteps.RecoveryCodeAsync(again, codes[3]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Mã khôi phục không đúng hoặc đã được dùng.", (await AppClient.ParseAsync(refused)).FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.RecoveryCodeAsync(again, codes[4])).StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_the_confirmation_and_replace_the_old_ones()
    {
        var (_, userName, key, codes) = await EnrolledUserAsync();
        var client = await PastPasswordAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, 1))).StatusCode);
        const string Form = "form[data-testid=recovery-codes-form]";

        var unconfirmed = await AppClient.ParseAsync(await client.SubmitAsync("/Account/Manage/RecoveryCodes", Form,
            new Dictionary<string, string> { ["Input.Password"] = Password }));
        Assert.Equal("Xin đánh dấu xác nhận trước khi tạo mã mới.", unconfirmed.FieldError("Input.Confirm"));
        Assert.Empty(unconfirmed.QuerySelectorAll("[data-testid=recovery-codes] code"));

        var renewed = await AppClient.ParseAsync(await client.SubmitAsync("/Account/Manage/RecoveryCodes", Form,
            new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.Confirm"] = "true" }));
        var fresh = renewed.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, fresh.Count);

        var old = await PastPasswordAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await TwoFactorSteps.RecoveryCodeAsync(old, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.RecoveryCodeAsync(old, fresh[0])).StatusCode);
    }

    [Fact]
    public async Task Where_it_is_not_required_two_step_can_be_turned_off_with_the_password()
    {
        var (id, userName, key, _) = await EnrolledUserAsync();
        var client = await PastPasswordAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(client, Authenticator.Code(key, 1))).StatusCode);
        const string Form = "form[data-testid=disable-form]";

        var wrong = await client.SubmitAsync("/Account/Manage/Disable2fa", Form, new Dictionary<string, string> { ["Input.Password"] = "a wrong password here" });
        Assert.Equal("Mật khẩu hiện tại không đúng.", (await AppClient.ParseAsync(wrong)).FieldError("Input.Password"));
        Assert.True((await app.Accounts.UserAsync(id)).TwoFactorEnabled);

        var off = await client.SubmitAsync("/Account/Manage/Disable2fa", Form, new Dictionary<string, string> { ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await app.Accounts.UserAsync(id)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
        Assert.Equal("/", (await TwoFactorSteps.PasswordAsync(new AppClient(app.Accounts.Factory), userName, Password)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_code_page_without_a_password_first_goes_back_to_sign_in()
    {
        var client = new AppClient(app.Accounts.Factory);
        Assert.Equal("/Account/Login", (await client.GetAsync("/Account/LoginWith2fa")).Headers.Location?.OriginalString);
        Assert.Equal("/Account/Login", (await client.GetAsync("/Account/LoginWithRecoveryCode")).Headers.Location?.OriginalString);
    }
}

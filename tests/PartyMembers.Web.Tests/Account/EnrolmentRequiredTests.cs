using System.Net;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// Security:TwoFactor:Required (true in Production): a freshly created account signs in, lands on the enrolment page
/// and can open nothing else until a code is confirmed; then it sees its recovery codes, and every later sign-in asks
/// for a code. Two-step verification cannot be turned off.
public sealed class EnrolmentRequiredTests : IDisposable
{
    private const string Password = "mot cau rat dai de nho 2026";

    private readonly AccountTestApp _app = new(new Dictionary<string, string?> { ["Security:TwoFactor:Required"] = "true" });

    [Fact]
    public async Task A_new_account_must_enrol_before_anything_else_and_then_signs_in_with_a_code()
    {
        await _app.CreateUserAsync("moi.tao", Password);
        var client = new AppClient(_app.Factory);
        var signIn = await TwoFactorSteps.PasswordAsync(client, "moi.tao", Password);
        Assert.Equal(TwoFactorSteps.Enrolment, signIn.Headers.Location?.OriginalString);

        foreach (var url in new[] { "/", "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/RecoveryCodes", "/Members", "/Admin" })
        {
            var blocked = await client.GetAsync(url);
            Assert.True(blocked.StatusCode == HttpStatusCode.Redirect && blocked.Headers.Location?.OriginalString == TwoFactorSteps.Enrolment, url);
        }

        var post = await client.PostAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>(), TwoFactorSteps.Enrolment);
        Assert.Equal(TwoFactorSteps.Enrolment, post.Headers.Location?.OriginalString);
        var (_, page) = await client.GetPageAsync(TwoFactorSteps.Enrolment);
        Assert.NotNull(page.QuerySelector("[data-testid=enrolment-required]"));

        var (key, codes) = await TwoFactorSteps.EnrolAsync(client, Password);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // Required: it cannot be turned off.
        var (_, disable) = await client.GetPageAsync("/Account/Manage/Disable2fa");
        Assert.NotNull(disable.QuerySelector("[data-testid=disable-required]"));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PostAsync("/Account/Manage/Disable2fa", new Dictionary<string, string> { ["Input.Password"] = Password }, "/Account/Manage")).StatusCode);

        var later = new AppClient(_app.Factory);
        Assert.Equal("/Account/LoginWith2fa?returnUrl=%2F", (await TwoFactorSteps.PasswordAsync(later, "moi.tao", Password)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(later, Authenticator.Code(key, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_is_open_during_enrolment()
    {
        await _app.CreateUserAsync("ra.ve", Password);
        var client = new AppClient(_app.Factory);
        await client.SignInAsync("ra.ve", Password);
        var signOut = await client.PostAsync("/Account/Logout", new Dictionary<string, string>(), TwoFactorSteps.Enrolment);
        Assert.Equal("/Account/Login", signOut.Headers.Location?.OriginalString);
        Assert.Contains("/Account/Login?ReturnUrl=", (await client.GetAsync("/")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyMembers.Web.Tests.Account;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// The sign-in and own-account forms under the hostile values of <see cref="MalformedInputTests"/>: no 500, nothing
/// rendered unescaped, and the account unchanged (password, two-step setting, security stamp).
public sealed class AccountMalformedInputTests(AccountMalformedInputTests.App app) : IClassFixture<AccountMalformedInputTests.App>
{
    public sealed class App : IDisposable
    {
        public AccountTestApp Accounts { get; } = new();

        public void Dispose() => Accounts.Dispose();
    }

    private const string Password = "mot cau rat dai de nho 2026";

    public static TheoryData<string, string, bool> Forms() => new()
    {
        { "/Account/LoginWith2fa", "form[data-testid=two-factor-form]", true },
        { "/Account/LoginWithRecoveryCode", "form[data-testid=recovery-code-form]", true },
        { "/Account/Manage/ChangePassword", "form[data-testid=change-password-form]", false },
        { "/Account/Manage/EnableAuthenticator", "form[data-testid=reauthenticate-form]", false },
        { "/Account/Manage/EnableAuthenticator", "form[data-testid=confirm-code-form]", false },
        { "/Account/Manage/RecoveryCodes", "form[data-testid=recovery-codes-form]", true },
        { "/Account/Manage/Disable2fa", "form[data-testid=disable-form]", true },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_account_field_never_fail_the_page_and_change_nothing(string url, string formSelector, bool enrolled)
    {
        var userName = "hostile." + Guid.NewGuid().ToString("N")[..8];
        var id = await app.Accounts.CreateUserAsync(userName, Password);
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Password);
        if (enrolled)
        {
            var (key, _) = await TwoFactorSteps.EnrolAsync(client, Password);
            if (url.StartsWith("/Account/Login", StringComparison.Ordinal))
            {
                client = new AppClient(app.Accounts.Factory);
                await TwoFactorSteps.PasswordAsync(client, userName, Password);
            }
            else
            {
                client = new AppClient(app.Accounts.Factory);
                await TwoFactorSteps.PasswordAsync(client, userName, Password);
                Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(client, PartyMembers.Testing.Authenticator.Code(key, 1))).StatusCode);
            }
        }
        else if (formSelector.Contains("confirm-code", StringComparison.Ordinal))
        {
            await client.SubmitAsync(url, "form[data-testid=reauthenticate-form]", new Dictionary<string, string> { ["Input.Password"] = Password });
        }

        var before = await app.Accounts.UserAsync(id);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No {formSelector} on {url}");
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").ToList();
        Assert.NotEmpty(fields);

        foreach (var field in fields)
        {
            foreach (var value in MalformedInputTests.Values)
            {
                using var response = await client.PostFormAsync(form, url, new Dictionary<string, string> { [field] = value });
                Assert.True((int)response.StatusCode < 500, $"{field}={value[..Math.Min(30, value.Length)]} on {url} gave {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<script>alert('pm')</script>", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            }
        }

        var after = await app.Accounts.UserAsync(id);
        Assert.Equal(before.PasswordHash, after.PasswordHash);
        Assert.Equal(before.TwoFactorEnabled, after.TwoFactorEnabled);
        Assert.Equal(before.SecurityStamp, after.SecurityStamp);
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// An application of its own, without the demo organisation (fast to start), for the sign-in tests: users are made
/// with the application's own UserManager, and the steps a person takes are driven through the pages.
public sealed class AccountTestApp : IDisposable
{
    public AccountTestApp(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Demo:Seed"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new AppFactory { Settings = all };
    }

    public AppFactory Factory { get; }

    public async Task<Guid> CreateUserAsync(string userName, string password, string displayName = "Người Dùng Thử")
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = userName, DisplayName = displayName, CreatedAtUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return user.Id;
    }

    public Task<ApplicationUser> UserAsync(Guid id) =>
        Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(id) ?? throw new InvalidOperationException("No user " + id);
            await db.Entry(user).ReloadAsync();
            return user;
        });

    public void Dispose() => Factory.Dispose();
}

/// The steps of two-step verification as a person takes them, through the pages.
public static class TwoFactorSteps
{
    public const string Enrolment = "/Account/Manage/EnableAuthenticator";

    /// Password again, read the shared key from the page, confirm the app's code; returns the key and the recovery codes.
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(AppClient client, string password)
    {
        var start = await client.SubmitAsync(Enrolment, "form[data-testid=reauthenticate-form]", new Dictionary<string, string> { ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var (page, document) = await client.GetPageAsync(Enrolment);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var key = document.QuerySelector("[data-testid=shared-key]")?.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal)
            ?? throw new InvalidOperationException("No shared key on the enrolment page");
        var form = document.QuerySelector<IHtmlFormElement>("form[data-testid=confirm-code-form]")!;
        var done = await client.PostFormAsync(form, Enrolment, new Dictionary<string, string> { ["Input.Code"] = Authenticator.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = (await AppClient.ParseAsync(done)).QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    /// Posts the sign-in form; returns the response (a redirect to the code page for an account with two-step verification).
    public static Task<HttpResponseMessage> PasswordAsync(AppClient client, string userName, string password) =>
        client.SubmitAsync("/Account/Login", "main form", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    public static Task<HttpResponseMessage> CodeAsync(AppClient client, string code) =>
        client.SubmitAsync("/Account/LoginWith2fa", "form[data-testid=two-factor-form]", new Dictionary<string, string> { ["Input.Code"] = code });

    public static Task<HttpResponseMessage> RecoveryCodeAsync(AppClient client, string code) =>
        client.SubmitAsync("/Account/LoginWithRecoveryCode", "form[data-testid=recovery-code-form]", new Dictionary<string, string> { ["Input.Code"] = code });
}
